#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QUrl>

namespace Sandbox {

// One sandbox per state file. The console and braze-cli both keep the built-in sandbox in the same
// file; two sandboxes on it would each overwrite what the other wrote (the console's on quit). So
// the sandbox running on a file holds its lock, and a long-lived one (the console, `braze-cli
// sandbox`) announces its address beside it: a braze-cli command then talks to that sandbox
// instead of starting its own, and the console's pages see what the command did at once.
class StateFileLock
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::StateFileLock)

public:
    explicit StateFileLock(const QString &statePath);
    ~StateFileLock();
    StateFileLock(const StateFileLock &) = delete;
    StateFileLock &operator=(const StateFileLock &) = delete;

    // Takes the lock, waiting up to waitMs for another sandbox to end (a braze-cli command takes a
    // few seconds); false with a sentence naming the file and the program that holds it.
    bool acquire(int waitMs, QString *error);
    // While locked: where this sandbox answers, for the programs that come next.
    void announce(const QUrl &baseUrl);

    // The sandbox another program runs on this state file and announced; empty when none does.
    static QUrl runningSandbox(const QString &statePath);

private:
    static QString addressFile(const QString &statePath);

    QString m_statePath;
    QLockFile m_lock;
    bool m_announced = false;
};

} // namespace Sandbox

#pragma once

#include "webhook/audience/audienceinput.h"

#include <QFile>

namespace Webhook {

// Streams a JSON lines users file: one user object per line, as users/export/ids returns each
// user (a line holding a whole export response, {"users": [...]}, gives all its users). Blank
// lines are skipped; a line that is not a user object is reported with its number and the rest
// is read on. Lines are capped, so a file without line breaks cannot exhaust memory.
class UserLinesReader : public AudienceInput
{
public:
    static constexpr qint64 MaxLineBytes = 1024 * 1024;

    explicit UserLinesReader(const QString &path);
    // False (with errorString()) when the file cannot be opened.
    bool open();

    bool next(Item *item) override;
    qint64 done() const override { return m_offset; }
    qint64 total() const override { return m_size; }
    QString errorString() const override { return m_error; }

    // The user on the line that starts at `offset` (to show one user's request again).
    static bool readUserAt(const QString &path, const AudienceUserRef &ref, PreviewUser *user, QString *error);

private:
    bool readLine(QByteArray *line, bool *tooLong);
    bool parse(const QByteArray &line, QList<PreviewUser> *users, QString *error) const;

    QString m_path;
    QFile m_file;
    qint64 m_size = -1;
    qint64 m_offset = 0;
    qint64 m_line = 0;
    QList<PreviewUser> m_pending;   // the rest of a line that held several users
    AudienceUserRef m_pendingRef;
    QString m_error;
};

} // namespace Webhook

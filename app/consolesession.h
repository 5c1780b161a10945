#pragma once

#include <QObject>

// Everything the console's pages share for one run of the program: the workspaces, the secret
// store, the embedded sandbox, the network layer and the request log. main() creates one and
// hands it to the main window by reference; there are no singletons.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;
};

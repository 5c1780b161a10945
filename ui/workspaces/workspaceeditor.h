#pragma once

#include "config/workspace.h"

#include <QWidget>

class ConsoleSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
namespace Config { struct FieldCheck; }
class FieldMessage;

// The form for one workspace: name, REST endpoint, API key, App ID and notes. Each field is
// checked as the user types, with the verdict beside it; Save stays disabled while something
// is wrong. The key goes to the keychain, never into the settings file.
class WorkspaceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceEditor(ConsoleSession &session, QWidget *parent = nullptr);

    void edit(const Config::Workspace &workspace);
    QString workspaceId() const { return m_original.id; }
    bool hasUnsavedChanges() const;

    void save();
    void revert();

signals:
    void saved(const Config::Workspace &workspace);

private:
    void buildForm();
    void updateChecks();
    void showCheck(FieldMessage *label, const Config::FieldCheck &check);
    QString endpointText() const;
    void selectEndpoint(const QUrl &endpoint);
    void showKeyStorage();
    void fillSandboxKeys();

    ConsoleSession &m_session;
    Config::Workspace m_original;
    QString m_originalKey;
    bool m_keyLoaded = false;

    QLineEdit *m_name;
    FieldMessage *m_nameCheck;
    QComboBox *m_instance;
    QLineEdit *m_customEndpoint;
    QLabel *m_sandboxEndpoint;
    FieldMessage *m_endpointCheck;
    QCheckBox *m_confirmHost;
    QComboBox *m_sandboxKey;   // the sandbox workspace picks one of the sandbox's demo keys
    QLineEdit *m_apiKey;
    QToolButton *m_showKey;
    FieldMessage *m_keyCheck;
    QLabel *m_keyStorage;
    QLineEdit *m_appId;
    FieldMessage *m_appIdCheck;
    QPlainTextEdit *m_notes;
    FieldMessage *m_notesCheck;
    QPushButton *m_save;
    QPushButton *m_revert;
};

#pragma once

#include "users/savedtestuser.h"
#include "webhook/previewuser.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Braze { class BrazeClient; }
namespace Webhook { class PreviewUserLookup; }

// Who the preview is for, as Braze's Preview and Test tabs offer: a random user of the
// workspace, an existing user looked up by external_id, braze_id, e-mail, phone or alias, or a
// custom user typed as JSON (profile fields, custom attributes, event properties, Canvas entry
// and API trigger properties). A looked-up user can be turned into a custom one to edit.
class PreviewUserPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Source { Custom, Existing, Random };

    explicit PreviewUserPanel(QWidget *parent = nullptr);

    void setClient(Braze::BrazeClient *client, bool sandboxWorkspace);
    void setSource(Source source);
    void setCustomUserJson(const QString &json);
    void lookUp(const QString &identifierKind, const QString &value, const QString &aliasLabel = QString());
    void pickRandom();
    // The workspace's saved test users, offered for one-click preview as existing users.
    void setSavedTestUsers(const QList<Users::SavedTestUser> &users);
    void lookUp(const Braze::UserIdentifier &who);
    const Webhook::PreviewUser &user() const { return m_user; }
    QString status() const;

    static QString sampleCustomUser();

signals:
    void userChanged(const Webhook::PreviewUser &user);

private:
    void applyCustomJson();
    void setUser(const Webhook::PreviewUser &user);
    void editAsCustom();

    Webhook::PreviewUserLookup *m_lookup;
    bool m_sandbox = false;
    QComboBox *m_source;
    QStackedWidget *m_pages;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QLineEdit *m_aliasLabel;
    QPushButton *m_lookUpButton;
    QPushButton *m_randomButton;
    QToolButton *m_savedUsers;
    QPlainTextEdit *m_customJson;
    QTimer *m_customTimer;
    QLabel *m_status;
    Webhook::PreviewUser m_user;
};

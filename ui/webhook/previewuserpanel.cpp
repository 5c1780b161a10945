#include "webhook/previewuserpanel.h"
#include "shell/taborder.h"

#include "braze/useridentifier.h"
#include "webhook/previewuserlookup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Users;

using Webhook::PreviewUser;

PreviewUserPanel::PreviewUserPanel(QWidget *parent)
    : QWidget(parent)
    , m_lookup(new Webhook::PreviewUserLookup(nullptr, this))
    , m_source(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_aliasLabel(new QLineEdit(this))
    , m_lookUpButton(new QPushButton(tr("Look up"), this))
    , m_randomButton(new QPushButton(tr("Pick another random user"), this))
    , m_savedUsers(new QToolButton(this))
    , m_customJson(new QPlainTextEdit(this))
    , m_customTimer(new QTimer(this))
    , m_status(new QLabel(this))
{
    m_source->addItems({tr("Custom user"), tr("Existing user"), tr("Random user")});
    m_source->setObjectName(QStringLiteral("userSource"));
    m_kind->addItem(tr("External ID"), QStringLiteral("external_id"));
    m_kind->addItem(tr("Braze ID"), QStringLiteral("braze_id"));
    m_kind->addItem(tr("E-mail"), QStringLiteral("email"));
    m_kind->addItem(tr("Phone"), QStringLiteral("phone"));
    m_kind->addItem(tr("Alias"), QStringLiteral("alias"));
    m_value->setPlaceholderText(tr("Identifier"));
    m_aliasLabel->setPlaceholderText(tr("Alias label"));
    m_aliasLabel->hide();
    m_customJson->setObjectName(QStringLiteral("customUserJson"));
    m_customJson->setAccessibleName(tr("Custom user as JSON"));
    m_customJson->setPlainText(sampleCustomUser());
    m_customJson->setToolTip(tr("One user as users/export/ids returns it, plus event_properties, canvas_entry_properties and api_trigger_properties."));
    m_customTimer->setSingleShot(true);
    m_customTimer->setInterval(250);
    m_status->setObjectName(QStringLiteral("userStatus"));
    m_status->setWordWrap(true);

    auto *custom = new QWidget(this);
    auto *customLayout = new QVBoxLayout(custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(m_customJson);
    auto *existing = new QWidget(this);
    auto *existingLayout = new QHBoxLayout(existing);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_kind);
    existingLayout->addWidget(m_value, 1);
    existingLayout->addWidget(m_aliasLabel);
    existingLayout->addWidget(m_lookUpButton);
    m_savedUsers->setObjectName(QStringLiteral("savedTestUsers"));
    m_savedUsers->setText(tr("Saved test users"));
    m_savedUsers->setPopupMode(QToolButton::InstantPopup);
    m_savedUsers->setMenu(new QMenu(m_savedUsers));
    m_savedUsers->setEnabled(false);
    m_savedUsers->setToolTip(tr("Save test users on the Test users page to preview as them here in one click."));
    existingLayout->addWidget(m_savedUsers);
    auto *random = new QWidget(this);
    auto *randomLayout = new QHBoxLayout(random);
    randomLayout->setContentsMargins(0, 0, 0, 0);
    randomLayout->addWidget(m_randomButton);
    randomLayout->addStretch();
    m_pages->addWidget(custom);
    m_pages->addWidget(existing);
    m_pages->addWidget(random);

    auto *editButton = new QPushButton(tr("Edit as custom user"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Preview as:"), this));
    top->addWidget(m_source);
    top->addStretch();
    top->addWidget(editButton);
    TabOrder::placeAfter(m_source, {editButton});   // on the line above the user's fields
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        if (index == int(Source::Custom))
            applyCustomJson();
        else if (index == int(Source::Random))
            pickRandom();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_aliasLabel->setVisible(m_kind->currentData().toString() == QLatin1String("alias"));
    });
    connect(m_lookUpButton, &QPushButton::clicked, this, [this] {
        lookUp(m_kind->currentData().toString(), m_value->text(), m_aliasLabel->text());
    });
    connect(m_value, &QLineEdit::returnPressed, m_lookUpButton, &QPushButton::click);
    connect(m_randomButton, &QPushButton::clicked, this, &PreviewUserPanel::pickRandom);
    connect(editButton, &QPushButton::clicked, this, &PreviewUserPanel::editAsCustom);
    connect(m_customJson, &QPlainTextEdit::textChanged, m_customTimer, qOverload<>(&QTimer::start));
    connect(m_customTimer, &QTimer::timeout, this, &PreviewUserPanel::applyCustomJson);
    connect(m_lookup, &Webhook::PreviewUserLookup::found, this, &PreviewUserPanel::setUser);
    connect(m_lookup, &Webhook::PreviewUserLookup::failed, this, [this](const QString &message) {
        m_status->setText(message);
    });
    QTimer::singleShot(0, this, &PreviewUserPanel::applyCustomJson);
}

QString PreviewUserPanel::sampleCustomUser()
{
    return QStringLiteral(
        "{\n  \"external_id\": \"user-123\",\n  \"first_name\": \"Jana\",\n  \"last_name\": \"Novak\",\n"
        "  \"email\": \"jana.novak@example.com\",\n  \"phone\": \"+4915112345678\",\n  \"country\": \"DE\",\n"
        "  \"language\": \"de\",\n  \"time_zone\": \"Europe/Berlin\",\n"
        "  \"custom_attributes\": {\n    \"loyalty_tier\": \"gold\"\n  },\n"
        "  \"event_properties\": {},\n  \"canvas_entry_properties\": {},\n  \"api_trigger_properties\": {}\n}\n");
}

void PreviewUserPanel::setClient(Braze::BrazeClient *client, bool sandboxWorkspace)
{
    m_lookup->setClient(client);
    m_sandbox = sandboxWorkspace;
}

void PreviewUserPanel::setSource(Source source)
{
    m_source->setCurrentIndex(int(source));
}

void PreviewUserPanel::setCustomUserJson(const QString &json)
{
    m_customJson->setPlainText(json);
    applyCustomJson();
}

void PreviewUserPanel::lookUp(const QString &identifierKind, const QString &value, const QString &aliasLabel)
{
    using Braze::UserIdentifier;
    const QString v = value.trimmed();
    UserIdentifier who;
    if (identifierKind == QLatin1String("external_id"))
        who = UserIdentifier::externalId(v);
    else if (identifierKind == QLatin1String("braze_id"))
        who = UserIdentifier::brazeId(v);
    else if (identifierKind == QLatin1String("email"))
        who = UserIdentifier::email(v);
    else if (identifierKind == QLatin1String("phone"))
        who = UserIdentifier::phone(v);
    else
        who = UserIdentifier::alias(v, aliasLabel.trimmed());
    lookUp(who);
}

void PreviewUserPanel::lookUp(const Braze::UserIdentifier &who)
{
    m_status->setText(tr("Looking up %1…").arg(who.describe()));
    m_lookup->lookUp(who);
}

void PreviewUserPanel::setSavedTestUsers(const QList<SavedTestUser> &users)
{
    QMenu *menu = m_savedUsers->menu();
    menu->clear();
    for (const SavedTestUser &saved : users) {
        const Braze::UserIdentifier who = saved.user;
        menu->addAction(tr("%1 (%2)").arg(saved.name, who.describe()), this, [this, who] {
            setSource(Source::Existing);
            lookUp(who);
        });
    }
    m_savedUsers->setEnabled(!users.isEmpty());
}

void PreviewUserPanel::pickRandom()
{
    m_status->setText(tr("Picking a random user…"));
    m_lookup->lookUpRandom(m_sandbox);
}

void PreviewUserPanel::applyCustomJson()
{
    m_customTimer->stop();
    if (m_source->currentIndex() != int(Source::Custom))
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_customJson->toPlainText().toUtf8(), &error);
    PreviewUser user;
    QString problem;
    if (!doc.isObject())
        problem = tr("The custom user is not a JSON object: %1 (character %2).").arg(error.errorString()).arg(error.offset);
    else if (PreviewUser::fromJson(doc.object(), &user, &problem))
        problem.clear();
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    user.origin = tr("custom user");
    setUser(user);
}

void PreviewUserPanel::setUser(const PreviewUser &user)
{
    m_user = user;
    m_status->setText(tr("Previewing as %1 (%2)").arg(user.displayName(), user.origin));
    emit userChanged(user);
}

void PreviewUserPanel::editAsCustom()
{
    const QString json = QString::fromUtf8(QJsonDocument(m_user.toJson()).toJson(QJsonDocument::Indented));
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(int(Source::Custom));
    m_pages->setCurrentIndex(int(Source::Custom));
    setCustomUserJson(json);
}

QString PreviewUserPanel::status() const
{
    return m_status->text();
}

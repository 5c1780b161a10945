#include "webhook/secretspanel.h"

#include "config/secretstore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Webhook;
using namespace Config;

SecretsPanel::SecretsPanel(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_settingsForm(new QFormLayout)
    , m_hint(new QLabel(this))
    , m_secretsTitle(new QLabel(this))
    , m_settingsTitle(new QLabel(this))
{
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Partner secrets such as Quikly's authorization are kept in the keychain, never in the template: "
                       "refer to one in a header as %1. A value saved on a partner's Settings tab, such as Quikly's q_scope, "
                       "is referred to as %2.").arg(SecretReference::placeholder(QStringLiteral("partner/name")),
                                                    SettingReference::placeholder(QStringLiteral("quikly/q_scope"))));
    m_secretsTitle->setText(tr("Partner secrets, kept in the keychain:"));
    m_settingsTitle->setText(tr("Partner settings, saved on the partner's Settings tab (change them there):"));
    m_settingsTitle->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_secretsTitle);
    layout->addLayout(m_form);
    layout->addWidget(m_settingsTitle);
    layout->addLayout(m_settingsForm);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    showTitles();
}

void SecretsPanel::showTitles()
{
    m_secretsTitle->setVisible(m_form->rowCount() > 0);
    m_settingsTitle->setVisible(m_settingsForm->rowCount() > 0);
    m_hint->setVisible(m_form->rowCount() == 0 && m_settingsForm->rowCount() == 0);
}

void SecretsPanel::setSettings(const QStringList &names, const Webhook::SettingReference::Values &values)
{
    if (names == m_settingNames) {   // the same references: only a saved value changed
        for (const QString &name : names) {
            if (auto *field = findChild<QLineEdit *>(QStringLiteral("setting:") + name))
                field->setText(values.value(name));
        }
        return;
    }
    m_settingNames = names;
    while (m_settingsForm->rowCount() > 0)
        m_settingsForm->removeRow(0);
    for (const QString &name : names) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("setting:") + name);
        field->setReadOnly(true);
        field->setText(values.value(name));
        field->setPlaceholderText(tr("not saved: enter it on the partner's Settings tab"));
        field->setToolTip(tr("%1 is kept once, on the partner's Settings tab: change it there and every template that refers to it "
                             "as %2 follows.").arg(name, SettingReference::placeholder(name)));
        field->setAccessibleName(tr("%1 (from the partner's Settings tab)").arg(name));
        m_settingsForm->addRow(name, field);
    }
    showTitles();
}

void SecretsPanel::setStore(SecretStore *store, const QString &workspaceId)
{
    if (m_store != store) {
        if (m_store)
            m_store->disconnect(this);
        // One keychain entry per secret, also edited from a partner's Settings tab: follow it.
        if (store)
            connect(store, &SecretStore::secretChanged, this, &SecretsPanel::reread);
    }
    m_store = store;
    if (workspaceId != m_workspaceId)
        m_values.clear();
    m_workspaceId = workspaceId;
    rebuild();
}

void SecretsPanel::setNames(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    rebuild();
}

void SecretsPanel::setValue(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    if (m_store)
        m_store->write(SecretReference::keychainName(m_workspaceId, name), value);
    emit valuesChanged();
}

void SecretsPanel::reread(const QString &keychainName)
{
    for (const QString &name : std::as_const(m_names)) {
        if (!m_store || SecretReference::keychainName(m_workspaceId, name) != keychainName)
            continue;
        QPointer<SecretsPanel> self(this);
        const QString workspaceId = m_workspaceId;
        m_store->read(keychainName, [self, name, workspaceId](std::optional<QString> value) {
            if (!self || self->m_workspaceId != workspaceId)
                return;
            if (value && !value->isEmpty())
                self->m_values.insert(name, *value);
            else
                self->m_values.remove(name);
            if (auto *field = self->findChild<QLineEdit *>(QStringLiteral("secret:") + name))
                field->setPlaceholderText(self->m_values.contains(name) ? tr("stored (hidden)") : tr("not set: paste the value from your partner"));
            emit self->valuesChanged();
        });
    }
}

void SecretsPanel::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const QString &name : std::as_const(m_names)) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("secret:") + name);
        field->setEchoMode(QLineEdit::Password);
        field->setPlaceholderText(m_values.contains(name) ? tr("stored (hidden)") : tr("not set: paste the value from your partner"));
        auto *save = new QPushButton(tr("Save"), this);
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(save);
        m_form->addRow(name, row);
        auto store = [this, name, field] {
            if (field->text().isEmpty())
                return;
            setValue(name, field->text());
            field->clear();
            field->setPlaceholderText(tr("stored (hidden)"));
        };
        connect(save, &QPushButton::clicked, this, store);
        connect(field, &QLineEdit::returnPressed, this, store);
        if (m_store && !m_values.contains(name)) {
            QPointer<QLineEdit> guard(field);
            // The keychain may answer after the panel is gone (a page closed meanwhile).
            const QPointer<SecretsPanel> self(this);
            m_store->read(SecretReference::keychainName(m_workspaceId, name), [this, self, name, guard](std::optional<QString> value) {
                if (!value || !self)
                    return;
                m_values.insert(name, *value);
                if (guard)
                    guard->setPlaceholderText(tr("stored (hidden)"));
                emit valuesChanged();
            });
        }
    }
    showTitles();
}

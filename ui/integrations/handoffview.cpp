#include "handoffview.h"

#include "config/secretstore.h"
#include "integrations/handoffsheet.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Integrations;

HandoffView::HandoffView(const PartnerDescription &partner, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_partner(partner)
    , m_secrets(secrets)
    , m_includeKey(new QCheckBox(tr("Include the API key"), this))
    , m_sheet(new QPlainTextEdit(this))
{
    m_sheet->setObjectName(QStringLiteral("handoffSheet"));
    m_sheet->setReadOnly(true);
    m_includeKey->setObjectName(QStringLiteral("includeKey"));
    m_includeKey->setToolTip(tr("Better: send the key separately, e.g. through a password manager."));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyHandoff"));
    auto *intro = new QLabel(tr("Send this to the partner so they can connect to your Braze workspace."), this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_includeKey);
    buttons->addStretch();
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sheet);
    layout->addLayout(buttons);

    connect(copy, &QPushButton::clicked, this, &HandoffView::copyToClipboard);
    connect(m_includeKey, &QCheckBox::toggled, this, [this](bool on) {
        if (!on || !m_secrets) {
            m_apiKey.clear();
            refresh();
            return;
        }
        m_secrets->read(SecretStore::apiKeyName(m_workspaceId), [this](std::optional<QString> key) {
            m_apiKey = key.value_or(QString());
            refresh();
        });
    });
    refresh();
}

void HandoffView::setWorkspace(const QString &workspaceId, const QString &endpoint)
{
    m_workspaceId = workspaceId;
    m_endpoint = endpoint;
    m_includeKey->setChecked(false);
    m_apiKey.clear();
    refresh();
}

void HandoffView::setConfig(const QJsonObject &config)
{
    m_config = config;
    refresh();
}

QString HandoffView::text() const
{
    return m_sheet->toPlainText();
}

void HandoffView::refresh()
{
    const bool reveal = m_includeKey->isChecked() && !m_apiKey.isEmpty();
    m_sheet->setPlainText(HandoffSheet(m_partner, m_config, m_endpoint, m_apiKey).text(reveal));
}

void HandoffView::copyToClipboard()
{
    QApplication::clipboard()->setText(text());
}

#include "integrations/handoffview.h"
#include "integrations/remainingheight.h"
#include "shell/taborder.h"

#include "config/secretstore.h"
#include "integrations/handoffsheet.h"
#include "shell/statusnote.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Integrations;
using namespace Config;

HandoffView::HandoffView(const PartnerDescription &partner, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_partner(partner)
    , m_secrets(secrets)
    , m_includeKey(new QCheckBox(tr("Include the API key"), this))
    , m_sheet(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_warning->setObjectName(QStringLiteral("handoffWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_sheet->setObjectName(QStringLiteral("handoffSheet"));
    m_sheet->setReadOnly(true);
    RemainingHeight::take(m_sheet, 6);
    m_includeKey->setObjectName(QStringLiteral("includeKey"));
    m_includeKey->setToolTip(tr("Better: send the key separately, e.g. through a password manager."));
    m_copy->setObjectName(QStringLiteral("copyHandoff"));
    auto *intro = new QLabel(tr("Send this to the partner so they can connect to your Braze workspace."), this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_includeKey);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warning);
    layout->addWidget(m_sheet);
    layout->addLayout(buttons);
    TabOrder::placeLast(this, {m_includeKey, m_copy});   // below the sheet

    connect(m_copy, &QPushButton::clicked, this, &HandoffView::copyToClipboard);
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

void HandoffView::setWorkspace(const QString &workspaceId, const QString &endpoint, bool endpointIsLocal)
{
    m_workspaceId = workspaceId;
    m_endpoint = endpoint;
    m_endpointIsLocal = endpointIsLocal;
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

void HandoffView::setReadiness(const QList<Readiness::Item> &items)
{
    m_states = items;
    m_anyRefused = std::any_of(items.cbegin(), items.cend(), [](const Readiness::Item &item) {
        return !item.fieldId.isEmpty() && item.state == Readiness::State::Missing && item.refused;
    });
    refresh();
}

bool HandoffView::canCopy() const
{
    return !m_endpointIsLocal && !m_endpoint.isEmpty();
}

void HandoffView::refresh()
{
    const bool reveal = m_includeKey->isChecked() && !m_apiKey.isEmpty();
    m_sheet->setPlainText(HandoffSheet(m_partner, m_config, m_endpoint, m_apiKey, m_endpointIsLocal, m_states).text(reveal));
    QString warning;
    if (m_endpointIsLocal)
        warning = tr("This workspace is the built-in sandbox on this computer: a partner cannot reach %1, and nothing here is in Braze. "
                     "Choose your Braze workspace on the Workspaces page (or create it there), then copy the sheet.").arg(m_endpoint);
    else if (m_anyRefused)
        warning = tr("Braze refused a value on this sheet when it was checked: correct it on the Settings tab before you send the sheet.");
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_copy->setEnabled(canCopy());
    m_copy->setToolTip(canCopy() ? QString() : tr("A sheet with the sandbox's address cannot be handed to a partner."));
}

void HandoffView::copyToClipboard()
{
    if (!canCopy())
        return;
    QApplication::clipboard()->setText(text());
    StatusNote::show(this, tr("Hand-off sheet copied to the clipboard."));
}

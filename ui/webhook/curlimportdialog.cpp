#include "curlimportdialog.h"

#include "webhook/secretreference.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Webhook;

CurlImportDialog::CurlImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_command(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_result(new QPlainTextEdit(this))
    , m_create(nullptr)
{
    setWindowTitle(tr("Import a cURL command"));
    setObjectName(QStringLiteral("curlImportDialog"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_command->setObjectName(QStringLiteral("curlCommand"));
    m_command->setFont(mono);
    m_command->setPlaceholderText(QStringLiteral("curl -X POST https://api.partner.com/hook -H 'Authorization: Bearer …' -d '{…}'"));
    m_message->setObjectName(QStringLiteral("curlMessage"));
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_result->setObjectName(QStringLiteral("curlResult"));
    m_result->setFont(mono);
    m_result->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create template"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("curlCreate"));
    m_create->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_command, &QPlainTextEdit::textChanged, this, &CurlImportDialog::parse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Paste the cURL command from the partner's documentation:"), this));
    layout->addWidget(m_command, 1);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("The new template:"), this));
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    parse();
}

void CurlImportDialog::setCommand(const QString &command)
{
    m_command->setPlainText(command);
}

void CurlImportDialog::parse()
{
    QString error;
    const bool ok = !m_command->toPlainText().trimmed().isEmpty() && CurlImport::parse(m_command->toPlainText(), &m_import, &error);
    m_create->setEnabled(ok);
    if (!ok) {
        m_result->clear();
        m_message->setText(m_command->toPlainText().trimmed().isEmpty() ? QString() : error);
        return;
    }
    const WebhookTemplate &t = m_import.webhook;
    QStringList lines{QStringLiteral("%1 %2").arg(t.method, t.url)};
    for (const KeyValueRow &header : t.headers)
        lines.append(QStringLiteral("%1: %2").arg(header.key, header.value));
    lines.append(QString());
    lines.append(t.rawBody);
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    QStringList message;
    if (!m_import.secretName.isEmpty())
        message.append(tr("The Authorization credential goes to the keychain as the partner secret “%1”; the template only refers to it.")
                           .arg(m_import.secretName));
    message += m_import.notes;
    m_message->setText(message.join(QLatin1Char('\n')));
}

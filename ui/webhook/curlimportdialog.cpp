#include "webhook/curlimportdialog.h"

#include "webhook/secretreference.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Webhook;

namespace {
// Stands for the credential in the command editor; as long whatever the token's length.
const QString credentialMask(8, QChar(0x2022));
} // namespace

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
    // The editor shows the mask where the credential was read; the command parsed is the real one.
    QString command = m_command->toPlainText();
    if (!m_credential.isEmpty())
        command.replace(credentialMask, m_credential);
    QString error;
    const bool ok = !command.trimmed().isEmpty() && CurlImport::parse(command, &m_import, &error);
    m_create->setEnabled(ok);
    if (!ok) {
        m_result->clear();
        m_message->setText(command.trimmed().isEmpty() ? QString() : error);
        return;
    }
    m_credential = m_import.secretText;
    if (!m_credential.isEmpty())
        showMasked(command);
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

void CurlImportDialog::showMasked(const QString &command)
{
    const QString masked = QString(command).replace(m_credential, credentialMask);
    const QString shown = m_command->toPlainText();
    if (masked == shown)
        return;
    // Keep the cursor as far from the end as it was: typing and pasting happen there.
    const int fromEnd = int(shown.size()) - m_command->textCursor().position();
    const QSignalBlocker blocker(m_command);
    m_command->setPlainText(masked);
    QTextCursor cursor = m_command->textCursor();
    cursor.setPosition(qMax(0, int(masked.size()) - fromEnd));
    m_command->setTextCursor(cursor);
    // setPlainText() already forgot the undo history: Ctrl+Z cannot bring the token back.
}

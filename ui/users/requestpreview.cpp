#include "users/requestpreview.h"
#include "style/fieldmessage.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Users;

RequestPreview::RequestPreview(QWidget *parent)
    : QWidget(parent)
    , m_requestLine(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_problems(new FieldMessage(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    m_requestLine->setObjectName(QStringLiteral("previewRequestLine"));
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_problems->setObjectName(QStringLiteral("previewProblems"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_requestLine->setFont(fixed);
    m_requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setFont(fixed);
    m_body->setReadOnly(true);

    auto *heading = new QLabel(tr("Request that will be sent:"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problems, 1);
    bottom->addWidget(m_send, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_requestLine);
    layout->addWidget(m_body, 1);
    layout->addLayout(bottom);
    connect(m_send, &QPushButton::clicked, this, &RequestPreview::sendRequested);
    updateButton();
}

void RequestPreview::showAction(const UserAction &action)
{
    m_requestLine->setText(QStringLiteral("%1 %2").arg(QString::fromLatin1(action.method()), action.pathAndQuery()));
    m_body->setPlainText(action.prettyBody());
    m_problems->setMessage(action.problems());
    m_send->setToolTip(action.summary());
    m_ready = action.isReady();
    updateButton();
}

void RequestPreview::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void RequestPreview::updateButton()
{
    m_send->setEnabled(m_ready && !m_busy);
    m_send->setText(m_busy ? tr("Sending…") : tr("Send"));
}

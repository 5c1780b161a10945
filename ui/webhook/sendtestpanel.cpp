#include "webhook/sendtestpanel.h"
#include "shell/announcer.h"

#include "braze/brazeclient.h"
#include "webhook/jsontext.h"
#include "webhook/testsend.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

SendTestPanel::SendTestPanel(QWidget *parent)
    : QWidget(parent)
    , m_target(new QComboBox(this))
    , m_send(new QPushButton(tr("Send test"), this))
    , m_status(new QLabel(this))
    , m_response(new QPlainTextEdit(this))
{
    m_target->setObjectName(QStringLiteral("sendTarget"));
    m_send->setObjectName(QStringLiteral("sendTest"));
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    m_response->setObjectName(QStringLiteral("sendResponse"));
    m_response->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_response->setFont(mono);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Send to:"), this));
    row->addWidget(m_target, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_response, 1);
    setClient(nullptr, QUrl());
    connect(m_send, &QPushButton::clicked, this, &SendTestPanel::send);
}

void SendTestPanel::setClient(Braze::BrazeClient *client, const QUrl &sandboxReceiver)
{
    m_client = client;
    m_sandboxReceiver = sandboxReceiver;
    const int chosen = m_target->currentIndex();
    m_target->clear();
    m_target->addItem(tr("The template's URL"));
    if (sandboxReceiver.isValid())
        m_target->addItem(tr("The sandbox's webhook receiver (%1)").arg(sandboxReceiver.toString()));
    m_target->setCurrentIndex(qBound(0, chosen, m_target->count() - 1));
    m_send->setEnabled(client != nullptr);
    m_send->setToolTip(client ? QString() : tr("Choose a workspace first."));
}

void SendTestPanel::setTarget(int index)
{
    m_target->setCurrentIndex(index);
}

void SendTestPanel::send()
{
    if (!m_client || !m_provider) {
        m_status->setText(tr("Choose a workspace first."));
        return;
    }
    m_send->setEnabled(false);
    m_status->setText(tr("Preparing the request…"));
    m_response->clear();
    m_provider([self = QPointer<SendTestPanel>(this)](const Webhook::RenderedRequest &request, const QString &whyNot) {
        if (self)
            self->sendRendered(request, whyNot);
    });
}

void SendTestPanel::sendRendered(const Webhook::RenderedRequest &request, const QString &whyNot)
{
    if (!whyNot.isEmpty() || !m_client) {
        m_send->setEnabled(m_client != nullptr);
        m_status->setText(whyNot.isEmpty() ? tr("Choose a workspace first.") : whyNot);
        return;
    }
    const QUrl target = m_target->currentIndex() == 1 ? m_sandboxReceiver : QUrl();
    m_status->setText(tr("Sending %1 %2…").arg(request.method, target.isValid() ? target.toString() : request.url));
    Braze::RequestHandle *handle = Webhook::sendTest(*m_client, request, target);
    connect(handle, &Braze::RequestHandle::finished, this, &SendTestPanel::showResult);
}

void SendTestPanel::showResult(const Braze::ApiResult &result)
{
    // The answer is read out wherever the focus is.
    const auto announceStatus = qScopeGuard([this] { Announcer::announce(m_status, m_status->text()); });
    m_send->setEnabled(m_client != nullptr);
    if (result.httpStatus == 0) {
        m_status->setText(tr("No answer: %1").arg(result.error.fullText()));
    } else {
        m_status->setText(tr("HTTP %1 in %2 ms%3")
                              .arg(result.httpStatus)
                              .arg(result.durationMs)
                              .arg(result.httpStatus >= 200 && result.httpStatus < 300 ? QString()
                                                                                         : QStringLiteral(" — ") + result.error.message));
        QString text;
        for (const auto &[name, value] : result.headers)
            text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
        const QString body = QString::fromUtf8(result.body);
        text += QLatin1Char('\n') + (Webhook::JsonText::validate(body).isValid() ? body : Webhook::JsonText::pretty(body));
        m_response->setPlainText(text);
    }
    emit responseReceived(result);
}

QString SendTestPanel::resultText() const
{
    return m_status->text() + QLatin1Char('\n') + m_response->toPlainText();
}

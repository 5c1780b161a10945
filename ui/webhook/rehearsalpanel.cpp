#include "webhook/rehearsalpanel.h"

#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "webhook/rehearsal/deliverypolicy.h"
#include "webhook/rehearsal/deliveryrehearsal.h"
#include "webhook/rehearsal/receiverscript.h"
#include "webhook/rehearsal/scaledclock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Webhook;

RehearsalPanel::RehearsalPanel(QWidget *parent)
    : QWidget(parent)
    , m_target(new QComboBox(this))
    , m_answers(new QLineEdit(this))
    , m_speed(new QComboBox(this))
    , m_start(new QPushButton(tr("Rehearse delivery"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
{
    m_target->setObjectName(QStringLiteral("rehearsalTarget"));
    m_answers->setObjectName(QStringLiteral("rehearsalAnswers"));
    m_answers->setPlaceholderText(tr("e.g. 503, 503, 200"));
    m_answers->setToolTip(tr("What the sandbox's webhook receiver answers, one attempt after the other: HTTP statuses, "
                             "drop (closes the connection) or hang (never answers). Afterwards it answers 200."));
    m_speed->setObjectName(QStringLiteral("rehearsalSpeed"));
    m_speed->addItem(tr("Real time"), 1.0);
    m_speed->addItem(tr("60 times faster"), 60.0);
    m_speed->addItem(tr("600 times faster"), 600.0);
    m_speed->setCurrentIndex(1);
    m_start->setObjectName(QStringLiteral("rehearseDelivery"));
    m_cancel->setObjectName(QStringLiteral("cancelRehearsal"));
    m_status->setObjectName(QStringLiteral("rehearsalVerdict"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setObjectName(QStringLiteral("rehearsalTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Time"), tr("Attempt"), tr("Answer"), tr("What Braze does")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Send to:"), m_target);
    form->addRow(tr("Receiver answers:"), m_answers);
    form->addRow(tr("Speed:"), m_speed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *explanation = new QLabel(tr("Braze counts a 2xx answer as delivered. It retries 408, 429, 5xx and endpoints that do "
                                      "not answer within 90 seconds, up to 5 times within 30 minutes, waiting longer each "
                                      "time; it does not follow redirects."), this);
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_timeline, 1);
    setClient(nullptr, QUrl(), nullptr);
    setRunning(false);
    connect(m_start, &QPushButton::clicked, this, &RehearsalPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &RehearsalPanel::cancel);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RehearsalPanel::updateAnswersField);
}

RehearsalPanel::~RehearsalPanel() = default;

void RehearsalPanel::setClient(Braze::BrazeClient *client, const QUrl &sandboxReceiver, Braze::RequestLogModel *log)
{
    m_client = client;
    m_log = log;
    m_sandboxReceiver = sandboxReceiver;
    const int chosen = m_target->currentIndex();
    m_target->clear();
    m_target->addItem(tr("The template's URL"));
    if (sandboxReceiver.isValid())
        m_target->addItem(tr("The sandbox's webhook receiver (%1)").arg(sandboxReceiver.toString()));
    m_target->setCurrentIndex(sandboxReceiver.isValid() && chosen < 0 ? 1 : qBound(0, chosen, m_target->count() - 1));
    updateAnswersField();
}

void RehearsalPanel::updateAnswersField()
{
    const bool sandbox = m_target->currentIndex() == 1;
    m_answers->setEnabled(sandbox);
}

void RehearsalPanel::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_target->setEnabled(!running);
    m_speed->setEnabled(!running);
    m_answers->setEnabled(!running && m_target->currentIndex() == 1);
}

QString RehearsalPanel::verdictText() const
{
    return m_status->text();
}

void RehearsalPanel::start()
{
    if (!m_provider) {
        m_status->setText(tr("Open a template first."));
        return;
    }
    m_provider([self = QPointer<RehearsalPanel>(this)](const RenderedRequest &request, const QString &whyNot) {
        if (self)
            self->startRendered(request, whyNot);
    });
}

void RehearsalPanel::startRendered(const RenderedRequest &request, const QString &whyNot)
{
    if (!whyNot.isEmpty()) {
        m_status->setText(whyNot);
        return;
    }
    m_timeline->clear();
    const bool sandbox = m_target->currentIndex() == 1;
    if (!sandbox) {
        rehearse(request, QUrl());
        return;
    }
    QJsonArray answers;
    if (!ReceiverScript::parse(m_answers->text(), &answers)) {
        m_status->setText(tr("The receiver's answers are HTTP statuses, drop or hang, separated by commas, e.g. 503, 503, 200."));
        m_answers->setFocus();
        return;
    }
    if (!m_client) {
        m_status->setText(tr("Choose a workspace first."));
        return;
    }
    // The receiver is told what to answer first; the rehearsal starts once it has been.
    setRunning(true);
    m_status->setText(tr("Telling the sandbox's receiver what to answer…"));
    Braze::RequestHandle *handle = m_client->rawCall("POST", QLatin1String(ReceiverScript::ControlPath), ReceiverScript::controlBody(answers));
    connect(handle, &Braze::RequestHandle::finished, this, [this, request](const Braze::ApiResult &result) {
        if (!result.succeeded()) {
            setRunning(false);
            m_status->setText(tr("The sandbox's receiver could not be set up: %1").arg(result.error.fullText()));
            return;
        }
        rehearse(request, m_sandboxReceiver);
    });
}

void RehearsalPanel::rehearse(const RenderedRequest &request, const QUrl &target)
{
    RehearsalClock *clock = m_testClock;
    if (!clock) {
        m_clock = std::make_unique<ScaledClock>(m_speed->currentData().toDouble());
        clock = m_clock.get();
    }
    m_rehearsal = std::make_unique<DeliveryRehearsal>(clock);
    m_rehearsal->setRequestLog(m_log);
    connect(m_rehearsal.get(), &DeliveryRehearsal::attemptStarted, this, [this](int number, qint64 atMs) {
        m_status->setText(tr("Attempt %1 of at most %2 is under way (%3 into the rehearsal)…")
                              .arg(number).arg(DeliveryPolicy::MaxAttempts).arg(DeliveryRehearsal::clockText(atMs)));
    });
    connect(m_rehearsal.get(), &DeliveryRehearsal::attemptFinished, this, &RehearsalPanel::addAttempt);
    connect(m_rehearsal.get(), &DeliveryRehearsal::finished, this, [this](DeliveryRehearsal::Verdict verdict) {
        setRunning(false);
        m_status->setText(m_rehearsal->verdictText());
        emit finished(verdict == DeliveryRehearsal::Verdict::Delivered);
    });
    setRunning(true);
    m_rehearsal->start(request, target);
}

void RehearsalPanel::addAttempt(const RehearsalAttempt &attempt)
{
    QString next;
    switch (attempt.outcome) {
    case RehearsalAttempt::Outcome::Delivered: next = tr("counts it as delivered"); break;
    case RehearsalAttempt::Outcome::Retry: next = tr("waits %1, then tries again").arg(DeliveryRehearsal::clockText(attempt.waitAfterMs)); break;
    case RehearsalAttempt::Outcome::Cancelled: next = tr("cancelled"); break;
    case RehearsalAttempt::Outcome::Fail: next = tr("gives up"); break;
    }
    const QString answer = attempt.status > 0 ? tr("HTTP %1 after %2 ms").arg(attempt.status).arg(attempt.durationMs) : attempt.reason;
    auto *item = new QTreeWidgetItem(m_timeline, {DeliveryRehearsal::clockText(attempt.startedAtMs),
                                                  QString::number(attempt.number), answer, next});
    item->setToolTip(2, QString::fromUtf8(attempt.answerBody.left(1000)));
    item->setData(0, Qt::UserRole, int(attempt.outcome));
    const QPalette::ColorRole role = attempt.outcome == RehearsalAttempt::Outcome::Delivered ? QPalette::Link : QPalette::Text;
    item->setForeground(3, palette().brush(role));
    m_timeline->scrollToItem(item);
}

void RehearsalPanel::cancel()
{
    if (m_rehearsal)
        m_rehearsal->cancel();
}

#include "webhook/previewpane.h"
#include "shell/taborder.h"
#include "webhook/connectedcontentsource.h"
#include "shell/statusnote.h"
#include "style/statuscolours.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_abort(new QLabel(this))
    , m_head(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_missing(new QLabel(this))
    , m_connected(new QListWidget(this))
    , m_sendEvent(new QListWidget(this))
    , m_fetch(new QCheckBox(tr("Fetch connected content calls in the preview"), this))
    , m_timing(new QLabel(this))
    , m_workspaceData(new QLabel(this))
    , m_refreshData(new QPushButton(tr("Re&fresh"), this))
    , m_stubsButton(new QPushButton(tr("S&tubs…"), this))
    , m_copyRequest(new QPushButton(tr("Copy request"), this))
    , m_copyBody(new QPushButton(tr("Copy body"), this))
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    for (QPlainTextEdit *view : {m_head, m_body}) {
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_head->setObjectName(QStringLiteral("requestHead"));
    m_head->setAccessibleName(tr("Request line and headers"));
    m_body->setObjectName(QStringLiteral("requestBody"));
    m_body->setAccessibleName(tr("Request body"));
    m_head->setMaximumHeight(120);
    m_abort->setObjectName(QStringLiteral("abortBanner"));
    m_abort->setWordWrap(true);
    StatusColours::apply(m_abort, StatusColours::Role::Error, true);
    m_abort->setMargin(6);
    m_abort->hide();
    m_missing->setObjectName(QStringLiteral("missingAttributes"));
    m_missing->setWordWrap(true);
    m_connected->setObjectName(QStringLiteral("connectedContent"));
    m_connected->setMaximumHeight(70);
    m_connected->hide();
    m_sendEvent->setObjectName(QStringLiteral("sendEventExtras"));
    m_sendEvent->setMaximumHeight(70);
    m_sendEvent->hide();
    m_fetch->setObjectName(QStringLiteral("fetchConnectedContent"));
    m_fetch->setToolTip(tr("connected_content calls go to third-party servers. They are listed but only performed when you allow it."));
    m_timing->setObjectName(QStringLiteral("renderTiming"));
    m_timing->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_abort);
    layout->addWidget(m_head);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_connected);
    layout->addWidget(m_sendEvent);
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetch, 1);
    fetchRow->addWidget(m_stubsButton);
    layout->addLayout(fetchRow);
    auto *data = new QHBoxLayout;
    data->addWidget(m_workspaceData, 1);
    data->addWidget(m_refreshData);
    layout->addLayout(data);
    TabOrder::placeAfter(m_stubsButton, {m_refreshData});   // the line below Stubs…
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_timing, 1);
    bottom->addWidget(m_copyRequest);
    bottom->addWidget(m_copyBody);
    layout->addLayout(bottom);
    m_copyRequest->setObjectName(QStringLiteral("copyRequest"));
    m_copyRequest->setToolTip(tr("Copies the method, URL, headers and body as shown here, partner secrets masked."));
    m_copyBody->setObjectName(QStringLiteral("copyBody"));
    m_workspaceData->setObjectName(QStringLiteral("workspaceData"));
    m_workspaceData->setWordWrap(true);
    m_refreshData->setObjectName(QStringLiteral("refreshWorkspaceData"));
    m_refreshData->setToolTip(tr("Reads the workspace's Content Blocks and catalog items again, for a block or item changed in Braze since."));
    setWorkspaceData(0, 0, {}, false);
    connect(m_refreshData, &QPushButton::clicked, this, &PreviewPane::workspaceDataRefreshRequested);
    m_stubsButton->setObjectName(QStringLiteral("openStubs"));
    m_stubsButton->setToolTip(tr("Canned answers for connected_content calls, saved with the template: the preview works offline and can rehearse failures."));
    connect(m_stubsButton, &QPushButton::clicked, this, &PreviewPane::stubsRequested);
    connect(m_fetch, &QCheckBox::toggled, this, &PreviewPane::connectedContentAllowedChanged);
    connect(m_copyRequest, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(requestText());
        StatusNote::show(this, tr("Request copied to the clipboard, partner secrets masked."));
    });
    connect(m_copyBody, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(bodyText());
        StatusNote::show(this, tr("Request body copied to the clipboard."));
    });
}

void PreviewPane::setWorkspaceData(int blocks, int items, const QDateTime &readAt, bool reading)
{
    QString text;
    if (reading) {
        text = tr("Reading Content Blocks and catalog items from the workspace…");
    } else if (!readAt.isValid()) {
        text = tr("Content Blocks and catalog items are read from the workspace when the template uses them.");
    } else {
        const qint64 minutes = readAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        const QString age = minutes < 1 ? tr("less than a minute ago") : tr("%n minute(s) ago", nullptr, int(qMin<qint64>(minutes, 100000)));
        //: %1 is "2 Content Blocks", %2 "1 catalog item", %3 "5 minutes ago"
        text = tr("From the workspace: %1 and %2, read %3.")
                   .arg(tr("%n Content Block(s)", nullptr, blocks), tr("%n catalog item(s)", nullptr, items), age);
    }
    m_workspaceData->setText(text);
    m_refreshData->setEnabled(!reading);
}

QString PreviewPane::workspaceDataText() const
{
    return m_workspaceData->text();
}

void PreviewPane::setConnectedContentAllowed(bool allowed)
{
    m_fetch->setChecked(allowed);
}

void PreviewPane::showRequest(const Webhook::RenderedRequest &request)
{
    m_abort->setVisible(request.aborted);
    m_abort->setText(tr("This user would not be sent: %1")
                         .arg(request.abortMessage.isEmpty() ? tr("{% abort_message %} called") : request.abortMessage));
    QString head = request.method + QLatin1Char(' ') + request.url;
    for (const Webhook::RenderedHeader &header : request.headers)
        head += QLatin1Char('\n') + header.name + QStringLiteral(": ") + header.value;
    if (m_head->toPlainText() != head)
        m_head->setPlainText(head);
    const QString body = request.displayBody();
    if (m_body->toPlainText() != body)
        m_body->setPlainText(body);
    m_copyBody->setEnabled(!body.isEmpty());
    markBodyError(request);

    m_missingList = request.missingAttributes;
    m_missing->setVisible(!request.missingAttributes.isEmpty());
    m_missing->setText(tr("This user has no value for: %1 (rendered as nothing)")
                           .arg(request.missingAttributes.join(QStringLiteral(", "))));
    m_connected->clear();
    for (const Liquid::ConnectedContentCall &call : request.connectedContent)
        m_connected->addItem(Webhook::ConnectedContentSource::describe(call));
    m_connected->setVisible(!request.connectedContent.isEmpty());
    m_sendEvent->clear();
    for (const Liquid::MessageExtra &extra : request.messageExtras)
        m_sendEvent->addItem(tr("Attached to the send event: %1 = %2").arg(extra.key, extra.value));
    for (const Liquid::PromotionCode &code : request.promotionCodes)
        m_sendEvent->addItem(tr("Promotion code from “%1”: %2 is a sample; Braze takes a real code from the list").arg(code.list, code.sample));
    m_sendEvent->setVisible(m_sendEvent->count() > 0);
    m_timing->setText(tr("Rendered in %L1 ms").arg(double(request.renderMicroseconds) / 1000.0, 0, 'f', 1));
}

void PreviewPane::markBodyError(const Webhook::RenderedRequest &request)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Webhook::WebhookProblem &p : request.problems) {
        if (p.field != Webhook::WebhookProblem::Field::RenderedBody || p.line <= 0)
            continue;
        const QTextBlock block = m_body->document()->findBlockByNumber(p.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qBound(0, p.column - 1, qMax(block.length() - 2, 0)));
        selection.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(StatusColours::text(StatusColours::Role::Error, m_body->palette()));
        selection.format.setBackground(StatusColours::background(StatusColours::Role::Error, m_body->palette()));
        selection.format.setToolTip(p.message);
        selections.append(selection);
    }
    m_body->setExtraSelections(selections);
    m_body->setToolTip(selections.isEmpty() ? QString() : selections.first().format.toolTip());
}

QString PreviewPane::requestText() const
{
    return m_head->toPlainText() + QStringLiteral("\n\n") + m_body->toPlainText();
}

QString PreviewPane::bodyText() const
{
    return m_body->toPlainText();
}

QString PreviewPane::abortText() const
{
    return m_abort->isHidden() ? QString() : m_abort->text();
}

QStringList PreviewPane::missingAttributes() const
{
    return m_missingList;
}

QStringList PreviewPane::sendEventLines() const
{
    QStringList lines;
    for (int i = 0; i < m_sendEvent->count(); ++i)
        lines.append(m_sendEvent->item(i)->text());
    return lines;
}

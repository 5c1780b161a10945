#include "composer/composerpage.h"
#include "shell/taborder.h"

#include "braze/brazeclient.h"
#include "braze/log/redactor.h"
#include "braze/permissions/permissionprobe.h"
#include "composer/composerplan.h"
#include "composer/composerstore.h"
#include "composer/endpointpicker.h"
#include "composer/favouritespanel.h"
#include "composer/jsonhighlighter.h"
#include "composer/querytable.h"
#include "composer/responseview.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "style/fieldmessage.h"
#include "style/statuscolours.h"
#include "workspaceconnection.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Braze;
using namespace Config;

namespace {
constexpr int LineRole = Qt::UserRole + 1;
constexpr int ColumnRole = Qt::UserRole + 2;
}

ComposerPage::ComposerPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_draftTimer(new QTimer(this))
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createSidePane());
    splitter->addWidget(createRequestPane());
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // Wide enough for the longest documented path in the picker.
    splitter->setSizes({fontMetrics().horizontalAdvance(QStringLiteral("PATCH /catalogs/{catalog_name}/items/{item_id}")) + 24, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The draft is written shortly after the typing stops, and when the page goes away.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &ComposerPage::keepDraft);
    connect(m_picker, &EndpointPicker::endpointChosen, this, [this](Endpoint endpoint) {
        const ComposedRequest example = ComposedRequest::fromEndpoint(endpointInfo(endpoint));
        if (request() == example)
            return;
        load(example);
        m_status->setText(endpointInfo(endpoint).exampleBody.isEmpty() && endpointInfo(endpoint).exampleQuery.isEmpty()
                              ? tr("Braze documents no example for this endpoint; the body is empty.")
                              : tr("Braze's documented example is filled in. Ctrl+Z in the body brings back what was there."));
    });
    connect(&m_session, &ConsoleSession::connectionChanged, this, &ComposerPage::followConnection);

    load(m_session.composer().draft());
    followConnection();
}

ComposerPage::~ComposerPage()
{
    keepDraft();
}

QWidget *ComposerPage::createSidePane()
{
    auto *side = new QSplitter(Qt::Vertical, this);
    m_picker = new EndpointPicker(side);
    m_favourites = new FavouritesPanel(m_session.composer(), [this] { return request(); }, side);
    side->addWidget(m_picker);
    side->addWidget(m_favourites);
    side->setStretchFactor(0, 1);
    side->setSizes({500, 130});
    connect(m_favourites, &FavouritesPanel::favouriteChosen, this, &ComposerPage::load);
    connect(m_favourites, &FavouritesPanel::problem, m_status, &QLabel::setText);
    return side;
}

QWidget *ComposerPage::createRequestPane()
{
    auto *pane = new QWidget(this);
    m_method = new QComboBox(pane);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setAccessibleName(tr("Method"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    m_path = new QLineEdit(pane);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setPlaceholderText(tr("Path, e.g. /users/track"));
    m_send = new QPushButton(tr("Send"), pane);
    m_send->setObjectName(QStringLiteral("sendRequest"));
    m_send->setToolTip(tr("Sends the request to the active workspace (Ctrl+Return)."));
    m_cancel = new QPushButton(tr("Cancel"), pane);
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    m_cancel->setEnabled(false);
    m_permission = new QLabel(pane);
    m_permission->setObjectName(QStringLiteral("permissionHint"));
    m_permission->setWordWrap(true);
    m_pathWarning = new FieldMessage(pane);
    m_pathWarning->setObjectName(QStringLiteral("pathWarning"));
    StatusColours::apply(m_pathWarning, StatusColours::Role::Warning);

    m_body = new QPlainTextEdit(pane);
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("JSON body, e.g. {\"attributes\": [ … ]}"));
    m_highlighter = new JsonHighlighter(m_body->document(), palette());
    m_findings = new QListWidget(pane);
    m_findings->setObjectName(QStringLiteral("bodyFindings"));
    m_findings->setAccessibleName(tr("Problems in the body"));
    m_findings->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 8);
    m_findings->setWordWrap(true);
    auto *bodyTab = new QWidget(pane);
    auto *bodyLayout = new QVBoxLayout(bodyTab);
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addWidget(m_findings);
    m_query = new QueryTable(pane);
    m_requestTabs = new QTabWidget(pane);
    m_requestTabs->setObjectName(QStringLiteral("requestTabs"));
    m_requestTabs->setElideMode(Qt::ElideNone);
    m_requestTabs->setUsesScrollButtons(false);
    m_requestTabs->addTab(bodyTab, tr("Body"));
    m_requestTabs->addTab(m_query, tr("Query parameters"));
    TabOrder::placeFirst(m_requestTabs, {m_requestTabs->tabBar()});   // the tab titles above their pages
    m_response = new ResponseView(pane);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    line->addWidget(m_send);
    line->addWidget(m_cancel);
    auto *split = new QSplitter(Qt::Vertical, pane);
    split->addWidget(m_requestTabs);
    split->addWidget(m_response);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_permission);
    layout->addWidget(m_pathWarning);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_method, &QComboBox::currentTextChanged, this, &ComposerPage::edited);
    connect(m_path, &QLineEdit::textChanged, this, &ComposerPage::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerPage::edited);
    connect(m_query, &QueryTable::changed, this, &ComposerPage::edited);
    connect(m_send, &QPushButton::clicked, this, &ComposerPage::send);
    connect(m_cancel, &QPushButton::clicked, this, &ComposerPage::cancel);
    // A problem's row takes the cursor to its line and column.
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QTextCursor cursor(m_body->document()->findBlockByNumber(item->data(LineRole).toInt() - 1));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, item->data(ColumnRole).toInt() - 1);
        m_body->setTextCursor(cursor);
        m_requestTabs->setCurrentIndex(0);
        m_body->setFocus();
    });
    return pane;
}

ComposedRequest ComposerPage::request() const
{
    ComposedRequest composed;
    composed.method = m_method->currentText().toLatin1();
    composed.path = m_path->text();
    composed.query = m_query->rows();
    composed.body = m_body->toPlainText();
    return composed;
}

void ComposerPage::load(const ComposedRequest &request)
{
    m_loading = true;
    m_method->setCurrentText(QString::fromLatin1(request.method.toUpper()));
    m_path->setText(request.path);
    m_query->setRows(request.query);
    if (m_body->toPlainText() != request.body) {
        QTextCursor cursor(m_body->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(request.body);
        m_body->moveCursor(QTextCursor::Start);
    }
    m_requestTabs->setCurrentIndex(request.method.toUpper() == "GET" && request.body.isEmpty() ? 1 : 0);
    m_loading = false;
    m_picker->showEndpoint(endpointFor(request.method.toUpper(), request.path.trimmed()).id);
    edited();
}

void ComposerPage::openLogEntry(const RequestLogEntry &entry)
{
    load(ComposedRequest::fromLogEntry(entry));
    m_response->clear();
    // The log keeps no secrets and may have shortened a long body: say so before it is sent as it is.
    const bool incomplete = entry.requestBody.contains(Redactor::SecretPlaceholder) || entry.requestBody.contains(Redactor::ApiKeyPlaceholder)
                            || entry.requestBody.contains(QCoreApplication::translate("RequestLog", "(shortened in the log)").toUtf8());
    m_status->setText(incomplete ? tr("The request from the log is filled in, but the log left out a secret or the end of its body: "
                                      "put the real values in before you send it.")
                                 : tr("The request from the log is filled in; edit it and send it with Ctrl+Return."));
}

bool ComposerPage::chooseEndpoint(Endpoint endpoint)
{
    return m_picker->choose(endpoint);
}

void ComposerPage::edited()
{
    if (m_loading)
        return;
    refresh();
    m_draftTimer->start();
}

void ComposerPage::keepDraft()
{
    m_draftTimer->stop();
    if (const QString problem = m_session.composer().setDraft(request()); !problem.isEmpty())
        m_status->setText(problem);
}

void ComposerPage::refresh()
{
    const ComposerPlan plan = ComposerPlan::make(request(), m_session.connection());
    m_permission->setText(plan.permissionText());
    if (plan.permissionState == PermissionState::Missing)
        StatusColours::apply(m_permission, StatusColours::Role::Error);
    else if (plan.permissionState == PermissionState::Granted)
        StatusColours::apply(m_permission, StatusColours::Role::Success);
    else
        StatusColours::clear(m_permission);
    m_pathWarning->setMessage(plan.pathWarning);
    m_findings->clear();
    QList<JsonHighlighter::Mark> marks;
    for (const BodyCheck::Finding &finding : plan.findings) {
        auto *row = new QListWidgetItem(BodyCheck::describe(finding), m_findings);
        row->setData(LineRole, finding.line);
        row->setData(ColumnRole, finding.column);
        row->setForeground(StatusColours::text(finding.syntax ? StatusColours::Role::Error : StatusColours::Role::Warning, palette()));
        marks.append({finding.line, finding.column, finding.syntax});
    }
    m_findings->setVisible(!plan.findings.isEmpty());
    m_highlighter->setMarks(marks);
    m_send->setEnabled(!m_running);
    m_send->setToolTip(plan.problem.isEmpty() ? tr("Sends the request to the active workspace (Ctrl+Return).") : plan.problem);
}

bool ComposerPage::send()
{
    if (m_running)
        return false;
    keepDraft();
    const ComposerPlan plan = ComposerPlan::make(request(), m_session.connection());
    if (!plan.problem.isEmpty()) {
        m_status->setText(plan.problem);
        return false;
    }
    if (const QStringList warnings = plan.warningsBeforeSending(); !warnings.isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Send"),
                        tr("Send %1 %2 to “%3”?").arg(QString::fromLatin1(plan.request.method.toUpper()), plan.request.path.trimmed(),
                                                      plan.target->workspace().name),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("confirmComposerSend"));
        ask.setInformativeText(warnings.join(QStringLiteral("\n\n")));
        QPushButton *anyway = ask.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != anyway)
            return false;
    }
    RequestHandle *handle = plan.send();
    if (!handle)
        return false;
    setRunning(handle);
    m_response->showProgress(tr("Sending to “%1”…").arg(plan.target->workspace().name));
    connect(handle, &RequestHandle::waitingForRateLimit, this, [this](int seconds) {
        m_response->showProgress(tr("Waiting for the rate limit: %n second(s) left. Cancel stops the call.", nullptr, seconds));
    });
    connect(handle, &RequestHandle::retryScheduled, this, [this](int attempt, int delayMs) {
        m_response->showProgress(tr("No usable answer; attempt %1 follows in %2 ms.").arg(attempt).arg(delayMs));
    });
    connect(handle, &RequestHandle::finished, this, [this](const ApiResult &result) {
        setRunning(nullptr);
        m_response->showResult(result);
        m_status->setText(tr("The exchange is in the Request log, with the origin “%1”.").arg(RequestOrigin{RequestOrigin::Kind::Composer, {}, 0}.label()));
    });
    return true;
}

void ComposerPage::cancel()
{
    if (m_running)
        m_running->cancel();
}

void ComposerPage::setRunning(RequestHandle *handle)
{
    m_running = handle;
    m_send->setEnabled(!handle);
    m_cancel->setEnabled(handle != nullptr);
}

void ComposerPage::saveAsFavourite(const QString &name)
{
    m_favourites->save(name);
}

void ComposerPage::followConnection()
{
    for (const QMetaObject::Connection &watch : std::as_const(m_permissionWatch))
        disconnect(watch);
    m_permissionWatch.clear();
    // The hint follows the permission check as its answers come in.
    if (WorkspaceConnection *connection = m_session.connection()) {
        QAbstractItemModel *model = connection->permissions().model();
        m_permissionWatch.append(connect(model, &QAbstractItemModel::dataChanged, this, &ComposerPage::refresh));
        m_permissionWatch.append(connect(model, &QAbstractItemModel::modelReset, this, &ComposerPage::refresh));
        m_permissionWatch.append(connect(&connection->permissions(), &PermissionProbe::finished, this, &ComposerPage::refresh));
    }
    const Workspace workspace = m_session.workspaces().current();
    m_favourites->setWorkspace(workspace.id, workspace.name);
    refresh();
}

QString ComposerPage::permissionHint() const
{
    return m_permission->text();
}

QStringList ComposerPage::bodyFindings() const
{
    QStringList texts;
    for (int row = 0; row < m_findings->count(); ++row)
        texts.append(m_findings->item(row)->text());
    return texts;
}

void ComposerPage::hideEvent(QHideEvent *event)
{
    keepDraft();
    QWidget::hideEvent(event);
}

void ComposerPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setPalette(palette());
}

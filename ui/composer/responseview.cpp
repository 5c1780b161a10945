#include "composer/responseview.h"

#include "braze/log/requestlogexport.h"
#include "composer/headerexplanation.h"
#include "style/statuscolours.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_headers(new QTreeWidget(this))
{
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setObjectName(QStringLiteral("responseBody"));
    m_body->setAccessibleName(tr("Response body"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setHeaderLabels({tr("Header"), tr("Value"), tr("Meaning")});
    m_headers->setRootIsDecorated(false);
    m_headers->setWordWrap(true);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ResponseView::clear()
{
    StatusColours::clear(m_status);
    m_status->setText(tr("The answer appears here after Send (Ctrl+Return)."));
    m_body->clear();
    m_headers->clear();
}

void ResponseView::showProgress(const QString &text)
{
    StatusColours::clear(m_status);
    m_status->setText(text);
}

void ResponseView::showResult(const Braze::ApiResult &result)
{
    const QString timing = tr("%1 ms, %n attempt(s)", nullptr, result.attempts).arg(QLocale().toString(result.durationMs));
    QString status;
    if (result.httpStatus > 0)
        status = tr("Answer %1 after %2.").arg(result.httpStatus).arg(timing);
    else
        status = tr("No answer after %1.").arg(timing);
    if (result.error.isError())
        status += QLatin1Char(' ') + result.error.message;
    StatusColours::apply(m_status, result.succeeded() ? StatusColours::Role::Success : StatusColours::Role::Error);
    m_status->setText(status);
    m_body->setPlainText(result.body.isEmpty() ? QString() : Braze::prettyBody(result.body));
    m_headers->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, value] : result.headers) {
        auto *row = new QTreeWidgetItem(m_headers, {QString::fromLatin1(name), QString::fromUtf8(value),
                                                    HeaderExplanation::explain(name, value, now)});
        row->setToolTip(2, row->text(2));
    }
}

QString ResponseView::statusText() const
{
    return m_status->text();
}

#include "webhook/comparedialog.h"

#include "webhook/audience/audiencerenderer.h"
#include "webhook/requestdiff.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Webhook;

namespace {

QString requestText(const RenderedRequest &request)
{
    if (request.aborted)
        return QCoreApplication::translate("CompareDialog", "Not sent: %1").arg(request.abortMessage);
    return request.toText();
}

// Marks whole lines of a view; the colour comes from the palette so it suits light and dark.
void markLines(QPlainTextEdit *view, const QList<int> &lines)
{
    QColor mark = view->palette().color(QPalette::Highlight);
    mark.setAlpha(70);
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(view->document()->findBlockByNumber(line));
        selection.format.setBackground(mark);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    view->setExtraSelections(selections);
}

} // namespace

CompareDialog::CompareDialog(const WebhookTemplate &webhook, QWidget *parent)
    : QDialog(parent)
    , m_template(webhook)
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this))
    , m_rightJson(new QPlainTextEdit(this))
    , m_apply(new QPushButton(tr("Render the edited user"), this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Compare two requests"));
    setObjectName(QStringLiteral("compareDialog"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    for (QPlainTextEdit *view : {m_left, m_right, m_rightJson}) {
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_left->setReadOnly(true);
    m_right->setReadOnly(true);
    m_left->setObjectName(QStringLiteral("compareLeft"));
    m_right->setObjectName(QStringLiteral("compareRight"));
    m_rightJson->setObjectName(QStringLiteral("compareRightUser"));
    m_rightJson->setToolTip(tr("Change the right user's attributes here to see how the request changes."));
    m_apply->setObjectName(QStringLiteral("compareApply"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    // Scroll both sides together: the marked lines stay next to each other.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_apply, &QPushButton::clicked, this, &CompareDialog::applyRightJson);

    auto *grid = new QGridLayout;
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    grid->addWidget(new QLabel(tr("Right user (editable):"), this), 2, 1);
    grid->addWidget(m_rightJson, 3, 1);
    grid->addWidget(m_apply, 4, 1, Qt::AlignRight);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(3, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(1100, 700);
}

void CompareDialog::setLeftUser(const PreviewUser &user)
{
    m_leftUser = user;
    m_hasLeft = true;
    m_leftTitle->setText(tr("Left: %1").arg(user.displayName()));
    refresh();
}

void CompareDialog::setRightUser(const PreviewUser &user)
{
    m_rightUser = user;
    m_hasRight = true;
    m_rightTitle->setText(tr("Right: %1").arg(user.displayName()));
    m_rightJson->setPlainText(QString::fromUtf8(QJsonDocument(user.toJson()).toJson(QJsonDocument::Indented)));
    refresh();
}

bool CompareDialog::applyRightJson()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_rightJson->toPlainText().toUtf8(), &error);
    PreviewUser user;
    QString problem;
    if (!doc.isObject())
        problem = tr("The right user is not a JSON object: %1 (character %2).").arg(error.errorString()).arg(error.offset);
    else if (!PreviewUser::fromJson(doc.object(), &user, &problem))
        problem = tr("The right user cannot be used: %1").arg(problem);
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return false;
    }
    m_rightUser = user;
    m_hasRight = true;
    m_rightTitle->setText(tr("Right: %1 (edited)").arg(user.displayName()));
    refresh();
    return true;
}

void CompareDialog::refresh()
{
    if (!m_hasLeft || !m_hasRight)
        return;
    AudienceRenderer renderer(m_template);
    const RequestDiff diff = RequestDiff::compare(requestText(renderer.renderOne(m_leftUser)),
                                                  requestText(renderer.renderOne(m_rightUser)));
    // Both sides get the same rows (blank where the other side has an extra line), so lines
    // that belong together stand side by side.
    QStringList left, right;
    QList<int> marked;
    for (const RequestDiff::Row &row : diff.rows) {
        if (row.changed)
            marked.append(int(left.size()));
        left.append(row.left >= 0 ? diff.leftLines.at(row.left) : QString());
        right.append(row.right >= 0 ? diff.rightLines.at(row.right) : QString());
    }
    m_left->setPlainText(left.join(QLatin1Char('\n')));
    m_right->setPlainText(right.join(QLatin1Char('\n')));
    markLines(m_left, marked);
    markLines(m_right, marked);
    m_markedRight = marked;
    m_summary->setText(marked.isEmpty() ? tr("The two requests are identical.")
                                        : tr("%n line(s) differ; they are marked on both sides.", nullptr, int(marked.size())));
}

#include "help/userguidewindow.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
constexpr int SectionRole = Qt::UserRole + 1;
}

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_contents(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    resize(980, 700);
    m_search->setObjectName(QStringLiteral("guideSearch"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("guideMatches"));
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setObjectName(QStringLiteral("guideText"));
    // Links are followed here: "#anchor" within the guide, web addresses in the browser.
    m_text->setOpenLinks(false);
    m_text->document()->setBaseUrl(QUrl(QStringLiteral("qrc:/guide/")));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_matches);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 740});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &UserGuideWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(previous, &QShortcut::activated, this, [this] { findNext(true); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    const auto openItem = [this](QListWidgetItem *item) { showSection(m_guide.sections().value(item->data(SectionRole).toInt()).anchor); };
    connect(m_contents, &QListWidget::itemActivated, this, openItem);
    connect(m_contents, &QListWidget::itemClicked, this, openItem);
    connect(m_text, &QTextBrowser::anchorClicked, this, &UserGuideWindow::followLink);
    retranslate();
    load();
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("User guide — Braze Console"));
    m_search->setPlaceholderText(tr("Search the guide (Enter: next, Shift+Enter: previous)"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_contents->setAccessibleName(tr("Contents"));
    m_text->setAccessibleName(tr("User guide"));
}

void UserGuideWindow::load()
{
    m_guide = Help::UserGuide::load(QLocale().name().left(2));
    m_text->setMarkdown(m_guide.renderedMarkdown());
    fitImages();
    showSections({});
    if (!m_search->text().isEmpty())
        search(m_search->text());
}

void UserGuideWindow::fitImages()
{
    // Screenshots are 1280 pixels wide: shown at most as wide as the text, never enlarged.
    const int room = qMax(200, m_text->viewport()->width() - 2 * int(m_text->document()->documentMargin()) - 4);
    QTextCursor cursor(m_text->document());
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage source(QStringLiteral(":/guide/") + image.name());
            if (source.isNull())
                continue;
            const int width = qMin(source.width(), room);
            image.setWidth(width);
            image.setHeight(qreal(source.height()) * width / source.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void UserGuideWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QString anchor = currentAnchor();
    fitImages();
    showSection(anchor);
}

void UserGuideWindow::showSections(const QList<int> &sections)
{
    m_contents->clear();
    const QList<Help::GuideSection> &all = m_guide.sections();
    for (int i = 0; i < all.size(); ++i) {
        if (!sections.isEmpty() && !sections.contains(i))
            continue;
        const Help::GuideSection &section = all.at(i);
        auto *item = new QListWidgetItem(QString(qMax(0, section.level - 2) * 3, QLatin1Char(' ')) + section.title, m_contents);
        item->setData(SectionRole, i);
        if (section.level <= 3) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
}

void UserGuideWindow::showSection(const QString &anchor)
{
    const int wanted = qMax(0, m_guide.indexOf(anchor));
    // The rendered document has the guide's headings in the same order (code blocks never hold
    // one in either), so the n-th heading block is the n-th section.
    int heading = -1;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && ++heading == wanted) {
            QTextCursor cursor(block);
            m_text->setTextCursor(cursor);
            const QRectF rect = m_text->document()->documentLayout()->blockBoundingRect(block);
            m_text->verticalScrollBar()->setValue(int(rect.top()));
            break;
        }
    }
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(SectionRole).toInt() == wanted)
            m_contents->setCurrentRow(row);
    }
}

QString UserGuideWindow::currentAnchor() const
{
    const int top = m_text->verticalScrollBar()->value();
    int heading = -1;
    int shown = 0;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0)
            continue;
        ++heading;
        if (m_text->document()->documentLayout()->blockBoundingRect(block).top() > top + 1)
            break;
        shown = heading;
    }
    return m_guide.sections().value(shown).anchor;
}

void UserGuideWindow::search(const QString &term)
{
    if (m_search->text() != term)
        m_search->setText(term);   // comes back here through textChanged
    const QList<int> sections = m_guide.sectionsContaining(term);
    if (term.trimmed().isEmpty()) {
        m_matches->clear();
        showSections({});
        return;
    }
    if (sections.isEmpty()) {
        m_matches->setText(tr("Not in the guide."));
        m_contents->clear();
        return;
    }
    m_matches->setText(tr("In %n section(s)", nullptr, int(sections.size())));
    showSections(sections);
    m_text->moveCursor(QTextCursor::Start);
    findNext(false);
}

void UserGuideWindow::findNext(bool backward)
{
    const QString term = m_search->text().trimmed();
    if (term.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_text->find(term, flags)) {
        // Wrap around, as browsers do.
        m_text->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->find(term, flags);
    }
}

void UserGuideWindow::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.hasFragment() && m_guide.indexOf(url.fragment()) >= 0)
        showSection(url.fragment());
}

void UserGuideWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QString anchor = currentAnchor();
        load();
        showSection(anchor);
    }
}

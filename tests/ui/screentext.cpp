#include "screentext.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace ScreenTexts {

namespace {

QString readable(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    // Mnemonics: "&Save" reads "Save", "&&" reads "&".
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.simplified();
}

// Hidden by a tab widget or a stacked page that is not selected is still part of what a user
// sees; hidden by the code (an empty error label, a panel for another state) is not.
bool shown(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        const bool inStack = parent && (qobject_cast<const QStackedWidget *>(parent) || qobject_cast<QStackedLayout *>(parent->layout()));
        if (w->isHidden() && !inStack)
            return false;
    }
    return true;
}

QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        int index = 0;
        if (const QObject *parent = w->parent()) {
            for (const QObject *sibling : parent->children()) {
                if (sibling == w)
                    break;
                if (sibling->metaObject() == w->metaObject())
                    ++index;
            }
        }
        parts.prepend(QStringLiteral("%1[%2]").arg(QLatin1String(w->metaObject()->className())).arg(index));
    }
    return parts.join(QLatin1Char('/'));
}

void addMenu(QList<ScreenText> &texts, const QString &path, const QList<QAction *> &actions, QSet<const QMenu *> &seen)
{
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        if (action->isSeparator())
            continue;
        const QString at = QStringLiteral("%1/action[%2]").arg(path).arg(i);
        texts.append({at, readable(action->text())});
        if (action->toolTip() != action->text() && readable(action->toolTip()) != readable(action->text()))
            texts.append({at + QStringLiteral(":tooltip"), readable(action->toolTip())});
        if (QMenu *menu = action->menu(); menu && !seen.contains(menu)) {
            seen.insert(menu);
            texts.append({at + QStringLiteral(":title"), readable(menu->title())});
            addMenu(texts, at, menu->actions(), seen);
        }
    }
}

void addWidget(QList<ScreenText> &texts, QWidget *widget, const QString &path, QSet<const QMenu *> &seen)
{
    const auto add = [&](const QString &what, const QString &text) { texts.append({path + QLatin1Char(':') + what, readable(text)}); };
    add(QStringLiteral("tooltip"), widget->toolTip());
    add(QStringLiteral("accessibleName"), widget->accessibleName());
    add(QStringLiteral("accessibleDescription"), widget->accessibleDescription());
    if (widget->isWindow())
        add(QStringLiteral("title"), widget->windowTitle());
    if (auto *label = qobject_cast<QLabel *>(widget))
        add(QStringLiteral("text"), label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        add(QStringLiteral("text"), button->text());
    if (auto *group = qobject_cast<QGroupBox *>(widget))
        add(QStringLiteral("title"), group->title());
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        add(QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        add(QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *edit = qobject_cast<QTextEdit *>(widget))
        add(QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        add(QStringLiteral("placeholder"), combo->placeholderText());
        for (int i = 0; i < combo->count(); ++i) {
            add(QStringLiteral("item%1").arg(i), combo->itemText(i));
            add(QStringLiteral("item%1tooltip").arg(i), combo->itemData(i, Qt::ToolTipRole).toString());
        }
    }
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(QStringLiteral("tab%1").arg(i), tabs->tabText(i));
            add(QStringLiteral("tab%1tooltip").arg(i), tabs->tabToolTip(i));
        }
    }
    if (auto *list = qobject_cast<QListWidget *>(widget)) {
        for (int i = 0; i < list->count(); ++i) {
            add(QStringLiteral("item%1").arg(i), list->item(i)->text());
            add(QStringLiteral("item%1tooltip").arg(i), list->item(i)->toolTip());
        }
    }
    if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
        const int count = header->orientation() == Qt::Horizontal ? header->model()->columnCount() : header->model()->rowCount();
        // Row numbers of a vertical header are not words; its section names are.
        for (int i = 0; i < count; ++i) {
            if (header->isSectionHidden(i))
                continue;
            add(QStringLiteral("section%1").arg(i), header->model()->headerData(i, header->orientation(), Qt::DisplayRole).toString());
            add(QStringLiteral("section%1tooltip").arg(i), header->model()->headerData(i, header->orientation(), Qt::ToolTipRole).toString());
        }
    }
    if (auto *button = qobject_cast<QToolButton *>(widget); button && button->menu())
        addMenu(texts, path + QStringLiteral(":menu"), button->menu()->actions(), seen);
    if (auto *button = qobject_cast<QPushButton *>(widget); button && button->menu())
        addMenu(texts, path + QStringLiteral(":menu"), button->menu()->actions(), seen);
    if (!qobject_cast<QMenu *>(widget))
        addMenu(texts, path + QStringLiteral(":actions"), widget->actions(), seen);
}

} // namespace

QList<ScreenText> collect(QWidget *root)
{
    QList<ScreenText> texts;
    QSet<const QMenu *> seen;
    addWidget(texts, root, QStringLiteral("."), seen);
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isWindow() || !shown(widget, root))
            continue;
        addWidget(texts, widget, pathOf(widget, root), seen);
    }
    texts.removeIf([](const ScreenText &t) { return t.text.isEmpty(); });
    return texts;
}

bool mayReadAsEnglish(const QString &text, const QString &language)
{
    // Names and words that read the same in every language the console speaks.
    static const QSet<QString> everywhere{
        QStringLiteral("braze"), QStringLiteral("quikly"), QStringLiteral("smartersends"), QStringLiteral("actioniq"),
        QStringLiteral("outgrow"), QStringLiteral("canvas"), QStringLiteral("liquid"), QStringLiteral("webhook"),
        QStringLiteral("httpie"), QStringLiteral("curl"), QStringLiteral("ok"), QStringLiteral("gnome"),
        QStringLiteral("keyring"), QStringLiteral("kwallet"), QStringLiteral("bearer"), QStringLiteral("content-type"),
        QStringLiteral("e-mail"), QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("anna"),
        QStringLiteral("ann"), QStringLiteral("connected_content"),
        // Each language named in itself (Preferences).
        QStringLiteral("english"), QStringLiteral("deutsch"), QStringLiteral("français"),
        // ActionIQ's own field names, as its screens show them.
        QStringLiteral("audience"), QStringLiteral("split"),
        // Braze's attribute type keywords, as the Outgrow mapping stores them.
        QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"), QStringLiteral("time"),
        QStringLiteral("array"),
    };
    // Words Braze's German and French documentation use as they are in English.
    static const QHash<QString, QSet<QString>> shared{
        {QStringLiteral("de"), {QStringLiteral("workspace"), QStringLiteral("workspaces"), QStringLiteral("sandbox"),
                                QStringLiteral("status"), QStringLiteral("name"), QStringLiteral("text"), QStringLiteral("segment"),
                                QStringLiteral("test"), QStringLiteral("event"), QStringLiteral("events"), QStringLiteral("filter"),
                                QStringLiteral("header"), QStringLiteral("details"), QStringLiteral("export"), QStringLiteral("import"),
                                QStringLiteral("partner"), QStringLiteral("secret"), QStringLiteral("secrets"), QStringLiteral("alias"),
                                QStringLiteral("workflow"), QStringLiteral("workflows"), QStringLiteral("dashboard"), QStringLiteral("start"),
                                QStringLiteral("preset"), QStringLiteral("webhooks"), QStringLiteral("mapping"), QStringLiteral("tag"),
                                QStringLiteral("tags"), QStringLiteral("template"), QStringLiteral("templates"), QStringLiteral("rate-limit"),
                                QStringLiteral("details"), QStringLiteral("max"), QStringLiteral("problem")}},
        {QStringLiteral("fr"), {QStringLiteral("segment"), QStringLiteral("test"), QStringLiteral("description"), QStringLiteral("date"),
                                QStringLiteral("message"), QStringLiteral("messages"), QStringLiteral("alias"), QStringLiteral("type"),
                                QStringLiteral("options"), QStringLiteral("expressions"), QStringLiteral("webhooks"), QStringLiteral("dashboard"),
                                QStringLiteral("max"), QStringLiteral("notes"), QStringLiteral("source"), QStringLiteral("sources"),
                                QStringLiteral("endpoint"), QStringLiteral("audiences"), QStringLiteral("segments"),
                                QStringLiteral("app")}},
    };
    static const QRegularExpression technical(QStringLiteral("[0-9_./@$:{}<>=|\\[\\]#%+*\\\\]"));
    // Sentence punctuation around a word; braces, $ and the like make a token technical instead.
    static const QRegularExpression edges(QStringLiteral("^[(\"'«„“‘]+|[)\"'»“”’.,;:!?…]+$"));
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString token : tokens) {
        token.remove(edges);
        if (token.isEmpty() || token.contains(technical) || !token.contains(QRegularExpression(QStringLiteral("\\p{L}"))))
            continue;
        if (token.size() >= 2 && token == token.toUpper())
            continue; // JSON, URL, API, HTTP, POST
        const QString word = token.toLower();
        if (!everywhere.contains(word) && !shared.value(language).contains(word))
            return false;
    }
    return true;
}

} // namespace ScreenTexts

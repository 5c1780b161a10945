#include "webhook/templateeditor.h"
#include "shell/taborder.h"

#include "webhook/commands/setbodymodecommand.h"
#include "webhook/commands/settextcommand.h"
#include "webhook/contentblockmenu.h"
#include "webhook/keyvaluetable.h"
#include "webhook/liquidtextedit.h"
#include "webhook/personalizationmenu.h"
#include "webhook/personalizationcatalog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using Webhook::TemplateDocument;
using Field = Webhook::TemplateDocument::TextField;

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_name(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_url(new LiquidTextEdit(this))
    , m_headers(new KeyValueTable(TemplateDocument::Table::Headers, tr("Header"), this))
    , m_bodyMode(new QComboBox(this))
    , m_body(new QStackedWidget(this))
    , m_pairs(new KeyValueTable(TemplateDocument::Table::Pairs, tr("Key"), this))
    , m_rawBody(new LiquidTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_personalization(new PersonalizationMenu(this))
    , m_contentBlocks(new ContentBlockMenu(this))
{
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setAccessibleName(tr("Template name"));
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItems(Webhook::WebhookTemplate::methods());
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("URL"));
    m_url->setSingleLine(true);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_pairs->setObjectName(QStringLiteral("pairs"));
    m_rawBody->setObjectName(QStringLiteral("rawBody"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_headers->table()->setAccessibleName(tr("Headers"));
    m_pairs->table()->setAccessibleName(tr("Body fields"));
    m_notes->setMaximumHeight(80);
    m_notes->setPlaceholderText(tr("Notes for your team"));
    m_bodyMode->setObjectName(QStringLiteral("bodyMode"));
    m_bodyMode->addItems({tr("JSON key/value pairs"), tr("Raw text")});
    m_body->addWidget(m_pairs);
    m_body->addWidget(m_rawBody);
    m_headers->setMaximumHeight(150);

    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    auto tool = [this](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        return b;
    };
    auto *save = new QPushButton(tr("Save template"), this);
    save->setObjectName(QStringLiteral("saveTemplate"));
    auto *insert = new QToolButton(this);
    insert->setText(tr("Insert personalization"));
    insert->setMenu(m_personalization);
    insert->setPopupMode(QToolButton::InstantPopup);
    auto *blocks = new QToolButton(this);
    blocks->setObjectName(QStringLiteral("insertContentBlock"));
    blocks->setText(tr("Insert Content Block"));
    blocks->setMenu(m_contentBlocks);
    blocks->setPopupMode(QToolButton::InstantPopup);
    auto *bar = new QHBoxLayout;
    bar->addWidget(tool(undo));
    bar->addWidget(tool(redo));
    bar->addWidget(insert);
    bar->addWidget(blocks);
    bar->addStretch();

    // Save sits beside the name: one row of five buttons is wider than the editor's column.
    auto *form = new QFormLayout;
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(save);
    form->addRow(tr("Name"), nameRow);
    TabOrder::placeFirst(this, {insert, blocks, m_name, save});   // the tool row, then the name and Save beside it
    auto *request = new QHBoxLayout;
    request->addWidget(m_method);
    request->addWidget(m_url, 1);
    form->addRow(tr("Request"), request);
    form->addRow(tr("Headers"), m_headers);
    form->addRow(tr("Body"), m_bodyMode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(new QLabel(tr("Notes"), this));
    layout->addWidget(m_notes);

    auto push = [this](Field field, const QString &value) {
        if (!m_loading && m_document && m_document->text(field) != value)
            m_undoStack->push(new SetTextCommand(m_document, field, value));
    };
    connect(m_name, &QLineEdit::textEdited, this, [push](const QString &t) { push(Field::Name, t); });
    connect(m_method, &QComboBox::currentTextChanged, this, [push](const QString &t) { push(Field::Method, t); });
    connect(m_url, &LiquidTextEdit::edited, this, [push](const QString &t) { push(Field::Url, t); });
    connect(m_rawBody, &LiquidTextEdit::edited, this, [push](const QString &t) { push(Field::RawBody, t); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this, push] { push(Field::Notes, m_notes->toPlainText()); });
    connect(m_bodyMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto mode = index == 1 ? Webhook::BodyMode::RawText : Webhook::BodyMode::KeyValuePairs;
        if (!m_loading && m_document && m_document->current().bodyMode != mode)
            m_undoStack->push(new SetBodyModeCommand(m_document, mode));
    });
    connect(save, &QPushButton::clicked, this, &TemplateEditor::saveRequested);
    connect(m_personalization, &PersonalizationMenu::tagChosen, this, &TemplateEditor::insertPersonalization);
    connect(m_contentBlocks, &ContentBlockMenu::tagChosen, this, &TemplateEditor::insertPersonalization);
    connect(m_contentBlocks, &ContentBlockMenu::namesChanged, this, &TemplateEditor::updateCompletionWords);
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_rawBody),
                       static_cast<QWidget *>(m_headers->table()), static_cast<QWidget *>(m_pairs->table())})
        w->installEventFilter(this);
    setKnownNames({}, {}, {}, {});
    setEnabled(false);
}

void TemplateEditor::setDocument(TemplateDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_undoStack->clear();
    m_document = document;
    m_headers->setDocument(document, m_undoStack);
    m_pairs->setDocument(document, m_undoStack);
    setEnabled(document != nullptr);
    if (!document)
        return;
    connect(document, &TemplateDocument::textChanged, this, &TemplateEditor::showText);
    connect(document, &TemplateDocument::bodyModeChanged, this, &TemplateEditor::showBodyMode);
    loadFromDocument();
}

void TemplateEditor::loadFromDocument()
{
    for (Field field : {Field::Name, Field::Method, Field::Url, Field::RawBody, Field::Notes})
        showText(field);
    showBodyMode();
}

void TemplateEditor::showText(Field field)
{
    m_loading = true;
    const QString value = m_document->text(field);
    switch (field) {
    case Field::Name:
        if (m_name->text() != value)
            m_name->setText(value);
        break;
    case Field::Method: m_method->setCurrentText(value); break;
    case Field::Url: m_url->setTextKeepingCursor(value); break;
    case Field::RawBody: m_rawBody->setTextKeepingCursor(value); break;
    case Field::Notes:
        if (m_notes->toPlainText() != value)
            m_notes->setPlainText(value);
        break;
    }
    m_loading = false;
}

void TemplateEditor::showBodyMode()
{
    m_loading = true;
    const int index = m_document->current().bodyMode == Webhook::BodyMode::RawText ? 1 : 0;
    m_bodyMode->setCurrentIndex(index);
    m_body->setCurrentIndex(index);
    m_lastTarget = index == 1 ? Target::RawBody : Target::Pairs;
    m_loading = false;
}

void TemplateEditor::setProblems(const QList<Webhook::WebhookProblem> &problems)
{
    using PField = Webhook::WebhookProblem::Field;
    QList<LiquidTextEdit::Problem> url, raw;
    for (const Webhook::WebhookProblem &p : problems) {
        if (p.field == PField::Url)
            url.append({p.line, p.column, p.message, p.isError()});
        else if (p.field == PField::RawBody)
            raw.append({p.line, p.column, p.message, p.isError()});
    }
    m_url->setProblems(url);
    m_rawBody->setProblems(raw);
    m_headers->setProblems(problems);
    m_pairs->setProblems(problems);
}

void TemplateEditor::setKnownNames(const QStringList &customAttributes, const QStringList &eventProperties,
                                   const QStringList &canvasEntryProperties, const QStringList &apiTriggerProperties)
{
    m_personalization->setKnownNames(customAttributes, eventProperties, canvasEntryProperties, apiTriggerProperties);
    m_personalizationWords = Webhook::PersonalizationCatalog::completionWords(customAttributes, eventProperties);
    updateCompletionWords();
}

void TemplateEditor::setClient(Braze::BrazeClient *client)
{
    m_contentBlocks->setClient(client);
}

void TemplateEditor::updateCompletionWords()
{
    // After "content_blocks.${" the editor offers the workspace's blocks by name.
    QStringList words = m_personalizationWords;
    for (const QString &name : m_contentBlocks->names())
        words << QStringLiteral("content_blocks.${%1}").arg(name);
    m_url->setCompletionWords(words);
    m_rawBody->setCompletionWords(words);
}

void TemplateEditor::jumpTo(const Webhook::WebhookProblem &problem)
{
    using PField = Webhook::WebhookProblem::Field;
    switch (problem.field) {
    case PField::Url: m_url->jumpTo(problem.line, problem.column); break;
    case PField::RawBody: m_rawBody->jumpTo(problem.line, problem.column); break;
    case PField::HeaderName: case PField::HeaderValue:
        m_headers->focusCell(problem.row, problem.field == PField::HeaderValue);
        break;
    case PField::PairKey: case PField::PairValue:
        m_pairs->focusCell(problem.row, problem.field == PField::PairValue);
        break;
    case PField::RenderedBody: case PField::Request:
        break;
    }
}

void TemplateEditor::insertPersonalization(const QString &liquid)
{
    if (!m_document)
        return;
    switch (m_lastTarget) {
    case Target::Url: m_url->insertAtCursor(liquid); break;
    case Target::RawBody: m_rawBody->insertAtCursor(liquid); break;
    case Target::Headers: m_headers->appendToValue(m_headers->currentRow(), liquid); break;
    case Target::Pairs: m_pairs->appendToValue(m_pairs->currentRow(), liquid); break;
    }
}

bool TemplateEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_url)
            m_lastTarget = Target::Url;
        else if (watched == m_rawBody)
            m_lastTarget = Target::RawBody;
        else if (watched == m_headers->table())
            m_lastTarget = Target::Headers;
        else if (watched == m_pairs->table())
            m_lastTarget = Target::Pairs;
    }
    return QWidget::eventFilter(watched, event);
}

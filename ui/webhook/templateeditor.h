#pragma once

#include "webhook/templatedocument.h"
#include "webhook/webhookproblem.h"

#include <QWidget>

namespace Braze {
class BrazeClient;
}

class ContentBlockMenu;
class KeyValueTable;
class LiquidTextEdit;
class PersonalizationMenu;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QUndoStack;

// Edits one template: name, method, URL, headers, body (key/value pairs or raw text) and notes.
// Every edit is a QUndoCommand on the document; the problems of the last preview are marked
// where they are.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    void setDocument(Webhook::TemplateDocument *document);
    Webhook::TemplateDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

    void setProblems(const QList<Webhook::WebhookProblem> &problems);
    void setKnownNames(const QStringList &customAttributes, const QStringList &eventProperties,
                       const QStringList &canvasEntryProperties, const QStringList &apiTriggerProperties);
    // The workspace whose Content Blocks the "Insert Content Block" menu lists and the editors complete.
    void setClient(Braze::BrazeClient *client);
    ContentBlockMenu *contentBlockMenu() const { return m_contentBlocks; }
    void jumpTo(const Webhook::WebhookProblem &problem);
    // Inserts Liquid where the user last was: the URL, the raw body or the selected row's value.
    void insertPersonalization(const QString &liquid);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *methodBox() const { return m_method; }
    LiquidTextEdit *urlEdit() const { return m_url; }
    LiquidTextEdit *rawBodyEdit() const { return m_rawBody; }
    KeyValueTable *headersTable() const { return m_headers; }
    KeyValueTable *pairsTable() const { return m_pairs; }
    QComboBox *bodyModeBox() const { return m_bodyMode; }

signals:
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Target { Url, RawBody, Headers, Pairs };
    void loadFromDocument();
    void showText(Webhook::TemplateDocument::TextField field);
    void showBodyMode();
    void updateCompletionWords();

    Webhook::TemplateDocument *m_document = nullptr;
    QUndoStack *m_undoStack;
    QLineEdit *m_name;
    QComboBox *m_method;
    LiquidTextEdit *m_url;
    KeyValueTable *m_headers;
    QComboBox *m_bodyMode;
    QStackedWidget *m_body;
    KeyValueTable *m_pairs;
    LiquidTextEdit *m_rawBody;
    QPlainTextEdit *m_notes;
    PersonalizationMenu *m_personalization;
    ContentBlockMenu *m_contentBlocks;
    QStringList m_personalizationWords;
    Target m_lastTarget = Target::Pairs;
    bool m_loading = false;
};

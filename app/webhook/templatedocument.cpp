#include "webhook/templatedocument.h"

namespace Webhook {

TemplateDocument::TemplateDocument(const WebhookTemplate &webhook, QObject *parent)
    : QObject(parent)
    , m_current(webhook)
    , m_saved(webhook)
{
}

void TemplateDocument::markSaved(const WebhookTemplate &saved)
{
    const bool wasModified = isModified();
    m_current.modified = saved.modified;
    m_saved = m_current;
    if (wasModified)
        emit modifiedChanged(false);
}

void TemplateDocument::replaceContent(const WebhookTemplate &content)
{
    const bool wasModified = isModified();
    const QString id = m_current.id;
    m_current = content;
    m_current.id = id;
    for (TextField field : {TextField::Name, TextField::Url, TextField::Method, TextField::RawBody, TextField::Notes})
        emit textChanged(field);
    emit bodyModeChanged(m_current.bodyMode);
    emit rowsReset(Table::Headers);
    emit rowsReset(Table::Pairs);
    emit stubsChanged();
    finishChange(wasModified);
}

QString TemplateDocument::text(TextField field) const
{
    switch (field) {
    case TextField::Name: return m_current.name;
    case TextField::Url: return m_current.url;
    case TextField::Method: return m_current.method;
    case TextField::RawBody: return m_current.rawBody;
    case TextField::Notes: return m_current.notes;
    }
    return {};
}

void TemplateDocument::setText(TextField field, const QString &value)
{
    if (text(field) == value)
        return;
    const bool wasModified = isModified();
    switch (field) {
    case TextField::Name: m_current.name = value; break;
    case TextField::Url: m_current.url = value; break;
    case TextField::Method: m_current.method = value; break;
    case TextField::RawBody: m_current.rawBody = value; break;
    case TextField::Notes: m_current.notes = value; break;
    }
    emit textChanged(field);
    finishChange(wasModified);
}

void TemplateDocument::setBodyMode(BodyMode mode)
{
    if (m_current.bodyMode == mode)
        return;
    const bool wasModified = isModified();
    m_current.bodyMode = mode;
    emit bodyModeChanged(mode);
    finishChange(wasModified);
}

void TemplateDocument::setStubs(const QList<ConnectedContentStub> &stubs)
{
    if (m_current.stubs == stubs)
        return;
    const bool wasModified = isModified();
    m_current.stubs = stubs;
    emit stubsChanged();
    finishChange(wasModified);
}

const QList<KeyValueRow> &TemplateDocument::rows(Table table) const
{
    return table == Table::Headers ? m_current.headers : m_current.pairs;
}

QList<KeyValueRow> &TemplateDocument::rowsRef(Table table)
{
    return table == Table::Headers ? m_current.headers : m_current.pairs;
}

void TemplateDocument::setRow(Table table, int row, const KeyValueRow &value)
{
    QList<KeyValueRow> &list = rowsRef(table);
    if (row < 0 || row >= list.size() || list.at(row) == value)
        return;
    const bool wasModified = isModified();
    list[row] = value;
    emit rowChanged(table, row);
    finishChange(wasModified);
}

void TemplateDocument::insertRow(Table table, int row, const KeyValueRow &value)
{
    QList<KeyValueRow> &list = rowsRef(table);
    const bool wasModified = isModified();
    list.insert(qBound(0, row, int(list.size())), value);
    emit rowsReset(table);
    finishChange(wasModified);
}

void TemplateDocument::removeRow(Table table, int row)
{
    QList<KeyValueRow> &list = rowsRef(table);
    if (row < 0 || row >= list.size())
        return;
    const bool wasModified = isModified();
    list.removeAt(row);
    emit rowsReset(table);
    finishChange(wasModified);
}

void TemplateDocument::finishChange(bool wasModified)
{
    emit changed();
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

} // namespace Webhook

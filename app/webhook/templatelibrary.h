#pragma once

#include "webhook/webhooktemplate.h"

#include <QAbstractListModel>
#include <QStringList>

namespace Webhook {

// The saved webhook templates: one JSON file per template in a folder (by default
// <AppDataLocation>/webhook-templates). A list model for the library panel; every change is
// written at once, atomically.
class TemplateLibrary : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, UrlRole, MethodRole, SearchTextRole };

    explicit TemplateLibrary(const QString &folder = QString(), QObject *parent = nullptr);

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Reads every template file; files that cannot be read are listed in the result (and skipped).
    QStringList load();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    int rowOf(const QString &id) const;
    bool contains(const QString &id) const { return rowOf(id) >= 0; }
    WebhookTemplate templateAt(int row) const { return m_templates.at(row); }
    WebhookTemplate templateById(const QString &id) const;

    // Adds or replaces (by id; an empty id gets a new one). Returns the id, empty on failure.
    QString save(WebhookTemplate webhook, QString *error = nullptr);
    QString create(const QString &name, QString *error = nullptr);
    QString duplicate(const QString &id, QString *error = nullptr);
    bool rename(const QString &id, const QString &name, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);

    // Import gives the template a new id so it never overwrites one already here.
    QString importFile(const QString &path, QString *error = nullptr);
    bool exportFile(const QString &id, const QString &path, QString *error = nullptr) const;

    // "Quikly webhook (2)" when "Quikly webhook" exists.
    QString uniqueName(const QString &wanted) const;

signals:
    void templateSaved(const QString &id);
    void templateRemoved(const QString &id);

private:
    QString pathFor(const QString &id) const;

    QString m_folder;
    QList<WebhookTemplate> m_templates;
};

} // namespace Webhook

#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QMenu;
class QSortFilterProxyModel;
namespace Webhook { class TemplateLibrary; }

// The template library: search, and create (blank or from a preset), duplicate, rename,
// delete, import and export. It only asks; the page does the work and confirms.
class TemplateListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateListPanel(Webhook::TemplateLibrary *library, QWidget *parent = nullptr);

    QString currentId() const;
    void selectId(const QString &id);
    void setSearchText(const QString &text);
    int visibleCount() const;

signals:
    void templateSelected(const QString &id);
    void newRequested();
    void presetRequested(const QString &presetId);
    void duplicateRequested(const QString &id);
    void renameRequested(const QString &id);
    void deleteRequested(const QString &id);
    void importRequested();
    void exportRequested(const QString &id);

private:
    Webhook::TemplateLibrary *m_library;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_list;
};

#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTableWidget;

// The query parameters of a composed request: an ordered key/value table with Add and Remove.
// Rows with an empty key are not sent.
class QueryTable : public QWidget
{
    Q_OBJECT

public:
    explicit QueryTable(QWidget *parent = nullptr);

    QList<QPair<QString, QString>> rows() const;
    // Replaces the rows (no changed() signal).
    void setRows(const QList<QPair<QString, QString>> &rows);
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};

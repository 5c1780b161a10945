#pragma once

#include "webhook/webhookproblem.h"

#include <QTreeWidget>

// The problems of the template and its rendered request, as Tiled's issues list: each row says
// where and what; activating a row jumps to the fault.
class ProblemsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);

    void setProblems(const QList<Webhook::WebhookProblem> &problems);
    const QList<Webhook::WebhookProblem> &problems() const { return m_problems; }

signals:
    void problemActivated(const Webhook::WebhookProblem &problem);

private:
    QList<Webhook::WebhookProblem> m_problems;
};

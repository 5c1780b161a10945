#pragma once

#include <QList>
#include <functional>

class ConsoleSession;
class PartnerPage;
class QWidget;

// Builds one PartnerPage per embedded partner description and keeps each in step with the
// session: the active workspace (settings, endpoint) and its connection (client, permission check).
class PartnerPageFactory
{
public:
    static QList<PartnerPage *> createAll(ConsoleSession &session, const std::function<void(const QString &, const QString &)> &navigate,
                                          QWidget *parent);
};

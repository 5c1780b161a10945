#pragma once

#include <QCoreApplication>
#include <QString>

// What F1 shows for a page: what the page is for and its keys, in a few sentences.
class PageHelp
{
    Q_DECLARE_TR_FUNCTIONS(PageHelp)

public:
    // pageId as MainWindow registers it; partner pages share one text naming the partner.
    static QString text(const QString &pageId, const QString &pageTitle);
};

#pragma once

#include <QWidget>

// A page whose feature is still to come: it says what the page will hold, so a marketer
// exploring the console never lands on a blank screen.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

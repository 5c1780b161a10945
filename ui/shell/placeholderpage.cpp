#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

#include "consolesession.h"

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{
}

ConsoleSession::~ConsoleSession() = default;

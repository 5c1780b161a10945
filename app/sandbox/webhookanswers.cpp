#include "sandbox/webhookanswers.h"

namespace Sandbox {

QJsonObject WebhookAnswers::Answer::toJson() const
{
    QJsonObject object;
    if (drop)
        object.insert(QStringLiteral("drop"), true);
    else if (hang)
        object.insert(QStringLiteral("hang"), true);
    else
        object.insert(QStringLiteral("status"), status);
    if (delayMs > 0)
        object.insert(QStringLiteral("delay_ms"), delayMs);
    QJsonObject headerObject;
    for (const auto &[name, value] : headers)
        headerObject.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    if (!headerObject.isEmpty())
        object.insert(QStringLiteral("headers"), headerObject);
    return object;
}

bool WebhookAnswers::parse(const QJsonValue &value, Answer *answer, QString *error)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        *error = tr("Each answer must be an object such as {\"status\": 503}.");
        return false;
    }
    Answer result;
    result.drop = object.value(QLatin1String("drop")).toBool();
    result.hang = object.value(QLatin1String("hang")).toBool();
    const QJsonValue status = object.value(QLatin1String("status"));
    if (!status.isUndefined() && (!status.isDouble() || status.toInt() < 100 || status.toInt() > 599)) {
        *error = tr("\"status\" must be an HTTP status between 100 and 599.");
        return false;
    }
    if (status.isUndefined() && !result.drop && !result.hang) {
        *error = tr("An answer needs a \"status\", \"drop\": true or \"hang\": true.");
        return false;
    }
    result.status = status.toInt(200);
    const QJsonValue delay = object.value(QLatin1String("delay_ms"));
    if (!delay.isUndefined() && (!delay.isDouble() || delay.toDouble() < 0 || delay.toDouble() > 600000)) {
        *error = tr("\"delay_ms\" must be a number of milliseconds between 0 and 600000.");
        return false;
    }
    result.delayMs = delay.toInt(0);
    const QJsonObject headers = object.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        result.headers.append({it.key().toLatin1(), it.value().toVariant().toString().toUtf8()});
    *answer = result;
    return true;
}

QString WebhookAnswers::apply(const QJsonObject &object)
{
    const QJsonValue answers = object.value(QLatin1String("answers"));
    if (!answers.isArray() || answers.toArray().size() > MaxAnswers)
        return tr("\"answers\" must be an array of at most %1 answers.").arg(MaxAnswers);
    QList<Answer> parsed;
    QString error;
    for (const QJsonValue &value : answers.toArray()) {
        Answer answer;
        if (!parse(value, &answer, &error))
            return error;
        parsed.append(answer);
    }
    Answer then;
    if (object.contains(QLatin1String("then")) && !parse(object.value(QLatin1String("then")), &then, &error))
        return error;
    m_answers = parsed;
    m_then = then;
    return {};
}

void WebhookAnswers::clear()
{
    m_answers.clear();
    m_then = Answer();
}

QJsonObject WebhookAnswers::toJson() const
{
    QJsonArray answers;
    for (const Answer &answer : m_answers)
        answers.append(answer.toJson());
    return {{QStringLiteral("answers"), answers}, {QStringLiteral("then"), m_then.toJson()}};
}

SandboxReply WebhookAnswers::next(const QJsonObject &echo)
{
    const Answer answer = m_answers.isEmpty() ? m_then : m_answers.takeFirst();
    SandboxReply reply = answer.status >= 200 && answer.status < 300
        ? SandboxReply::json(answer.status, echo)
        : SandboxReply::message(answer.status, QStringLiteral("The sandbox's webhook receiver answers %1 as scripted.").arg(answer.status));
    reply.headers = answer.headers;
    reply.delayMs = answer.delayMs;
    if (answer.drop)
        reply.delivery = SandboxReply::Delivery::Drop;
    if (answer.hang)
        reply.delayMs = HangMs;
    return reply;
}

} // namespace Sandbox

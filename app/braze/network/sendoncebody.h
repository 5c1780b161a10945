#pragma once

#include <QIODevice>

namespace Braze {

// The body of a request that is not safe to repeat (a write). When a server closes the
// connection before answering, Qt's HTTP/1 layer sends the request again on a fresh connection
// (QHttpNetworkConnectionChannel::handleUnexpectedEOF, up to three times, for every method) and
// only needs to rewind the body to do so. This body cannot be rewound, so Qt ends the request
// with QNetworkReply::ContentReSendError instead of writing twice. It must be sent with
// DoNotBufferUploadDataAttribute and a Content-Length, or QNAM would copy it into a rewindable
// buffer first.
class SendOnceBody : public QIODevice
{
    Q_OBJECT

public:
    SendOnceBody(const QByteArray &data, QObject *parent);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Braze

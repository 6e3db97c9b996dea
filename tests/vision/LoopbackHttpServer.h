#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the model download tests. QTcpServer rather than
// QHttpServer because the tests need to misbehave on purpose: drop the connection in the middle of
// the body (after promising the full Content-Length) or stall after the first bytes.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace cd::test {

class LoopbackHttpServer
{
public:
    enum class Mode {
        Whole, // the whole body
        DropMidBody, // Content-Length of the whole body, half of it, then the connection closes
        Stall, // the first kilobyte, then nothing until the client gives up
    };

    struct Route
    {
        QByteArray body;
        int status = 200;
        QByteArray location; // for redirects
        Mode mode = Mode::Whole;
    };

    LoopbackHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    void serve(const QString &path, const Route &route) { m_routes.insert(path.toUtf8(), route); }
    void serveFile(const QString &path, const QByteArray &body)
    {
        serve(path, Route{body, 200, {}, Mode::Whole});
    }
    void redirect(const QString &from, const QString &to)
    {
        serve(from, Route{"moved", 302, url(to).toEncoded(), Mode::Whole});
    }

    const QList<QByteArray> &requests() const { return m_requests; } // paths, in order

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>(""); // null once answered
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                if (buffer->isNull())
                    return; // answered already
                buffer->append(socket->readAll());
                if (buffer->contains("\r\n\r\n")) {
                    const QByteArray request = *buffer;
                    *buffer = QByteArray();
                    answer(socket, request);
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 302: return "Found";
        case 404: return "Not Found";
        default: return "Status";
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &request)
    {
        const QByteArray path = request.split(' ').value(1);
        m_requests << path;
        const Route route = m_routes.value(path, Route{"no such file", 404, {}, Mode::Whole});
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' '
            + reason(route.status) + "\r\nContent-Type: application/octet-stream\r\n"
            + "Content-Length: " + QByteArray::number(route.body.size())
            + "\r\nConnection: close\r\n";
        if (!route.location.isEmpty())
            head += "Location: " + route.location + "\r\n";
        socket->write(head + "\r\n");
        switch (route.mode) {
        case Mode::Whole:
            socket->write(route.body);
            socket->disconnectFromHost();
            break;
        case Mode::DropMidBody:
            socket->write(route.body.left(route.body.size() / 2));
            socket->disconnectFromHost(); // after the half is written
            break;
        case Mode::Stall:
            socket->write(route.body.left(1024));
            break; // left open; closed when the client aborts
        }
    }

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    QList<QByteArray> m_requests;
};

} // namespace cd::test

#pragma once

#include "drill/StallClock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Asks one site over HTTP from this workstation, one request at a time, once per interval,
// and keeps the StallClock: the longest time it did not answer. A good answer is HTTP 200.
class SiteWatch : public QObject
{
    Q_OBJECT
public:
    SiteWatch(const QString &url, int intervalMs, int timeoutMs, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    const QString &url() const { return m_url; }
    const StallClock &clock() const { return m_clock; }

signals:
    // One request's outcome: answered with HTTP 200, and a line for people.
    void polled(bool answered, const QString &line);

private:
    void ask();
    void record(QNetworkReply *reply);

    QString m_url;
    int m_intervalMs;
    int m_timeoutMs;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    qint64 m_sentMs = 0;
    StallClock m_clock;
    bool m_running = false;
};

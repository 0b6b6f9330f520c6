#include "drill/SiteWatch.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

SiteWatch::SiteWatch(const QString &url, int intervalMs, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_intervalMs(intervalMs)
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_clock(intervalMs)
{
    // The server is asked directly, as a visitor on its network would reach it.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SiteWatch::ask);
}

void SiteWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_elapsed.start();
    m_timer->start();
    ask();
}

void SiteWatch::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    m_clock.stop(m_elapsed.elapsed());
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SiteWatch::ask()
{
    if (!m_running || m_reply)
        return; // one request at a time: one that hangs is the stall being measured
    QNetworkRequest request{QUrl(m_url)};
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_sentMs = m_elapsed.elapsed();
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { record(reply); });
}

void SiteWatch::record(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (!m_running)
        return;
    const qint64 nowMs = m_elapsed.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool answered = status == 200;
    QString line;
    if (answered) {
        m_clock.answered(nowMs);
        line = tr("site: HTTP 200 in %1 ms").arg(nowMs - m_sentMs);
    } else {
        m_clock.failed(nowMs);
        const QString why = status != 0
                                ? tr("HTTP %1").arg(status)
                                : (reply->error() == QNetworkReply::OperationCanceledError
                                       ? tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)
                                       : reply->errorString());
        line = tr("site: NO ANSWER (%1) after %2 ms").arg(why).arg(nowMs - m_sentMs);
    }
    emit polled(answered, line);
}

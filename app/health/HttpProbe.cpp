#include "health/HttpProbe.h"

#include "async/FanOut.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

HttpProbe::HttpProbe(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
    , m_urls(new FanOut(this))
{
    connect(m_urls, &FanOut::finished, this, &HttpProbe::finished);
    // The servers are asked directly, as a visitor on their network would reach them.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void HttpProbe::start(const QList<HttpObservation *> &observations)
{
    m_urls->start(static_cast<int>(observations.size()));
    for (int index = 0; index < observations.size(); ++index) {
        HttpObservation *observation = observations.at(index);
        observation->ran = true;
        QNetworkRequest request{QUrl(observation->url)};
        request.setTransferTimeout(m_timeoutMs);
        // A redirect would test another page than the one the site serves.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        QNetworkReply *reply = m_network->get(request);
        m_replies.append(reply);
        connect(reply, &QNetworkReply::finished, this,
                [this, index, reply, observation] { record(index, reply, observation); });
    }
}

bool HttpProbe::isFinished() const
{
    return m_urls->isFinished();
}

void HttpProbe::record(int index, QNetworkReply *reply, HttpObservation *observation)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    observation->statusCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        observation->body = reply->read(MaxBodyBytes);
    if (observation->statusCode == 0) {
        observation->error = reply->error() == QNetworkReply::OperationCanceledError
                                 ? tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)
                                 : reply->errorString();
    }
    m_urls->settle(index);
}

void HttpProbe::abandon()
{
    const QList<QNetworkReply *> replies = m_replies;
    for (QNetworkReply *reply : replies)
        reply->abort(); // finished() follows for each, recording the abort
}

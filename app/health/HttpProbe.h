#pragma once

#include "health/HttpObservation.h"

#include <QList>
#include <QObject>

class FanOut;
class QNetworkAccessManager;
class QNetworkReply;

// GETs the web test file from each server's public address, from this workstation, all at
// once, each with its own timeout and no proxy; fills one HttpObservation per URL.
class HttpProbe : public QObject
{
    Q_OBJECT
public:
    HttpProbe(int timeoutMs, QObject *parent = nullptr);

    // observations[i]->url is fetched into observations[i]; they must outlive the probe's run.
    void start(const QList<HttpObservation *> &observations);
    bool isFinished() const;
    void abandon();

    // Bodies larger than this are cut: the test file is a few bytes, an error page may not be.
    static constexpr qint64 MaxBodyBytes = 64 * 1024;

signals:
    void finished();

private:
    void record(int index, QNetworkReply *reply, HttpObservation *observation);

    int m_timeoutMs;
    QNetworkAccessManager *m_network;
    QList<QNetworkReply *> m_replies;
    FanOut *m_urls;
};

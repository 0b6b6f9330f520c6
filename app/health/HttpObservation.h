#pragma once

#include <QByteArray>
#include <QString>

// An HTTP GET of the web test file on one server's public address, made from the workstation.
struct HttpObservation
{
    bool ran = false;   // false: no web server in the spec, or not attempted
    QString url;        // "http://37.153.173.244/html/index.html"
    int statusCode = 0; // 0: no HTTP answer at all
    QByteArray body;
    QString error; // transport error when statusCode is 0 ("Connection refused", ...)
};

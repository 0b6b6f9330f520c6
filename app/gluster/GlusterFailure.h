#pragma once

#include <QString>

// Why a gluster command's output could not be used. A `--xml` command may print plain text
// instead of XML (glusterd down, a hung transaction, a lock held by another command), or XML
// whose opRet says the command failed: callers need the kind to decide (retry, restart glusterd,
// report) and a plain-words message to show.
class GlusterFailure
{
public:
    enum class Kind {
        None,              // the output was parsed
        NoOutput,          // nothing at all was printed
        DaemonUnreachable, // "Connection failed. Please check if gluster daemon is operational."
        RequestTimedOut,   // "Error : Request timed out" (a cluster lock held for 120 s)
        TransactionInProgress, // "Another transaction is in progress ..." (retry later)
        CommandFailed,         // well-formed XML with opRet != 0, or a plain "failed:" message
        Malformed,             // XML that is truncated, not well-formed or not gluster's
        Unrecognized,          // plain text none of the above
    };

    GlusterFailure() = default;

    static GlusterFailure fromPlainText(const QString &text);
    static GlusterFailure commandFailed(int opRet, int opErrno, const QString &opErrstr);
    static GlusterFailure malformed(const QString &why);
    // The caller gave up waiting (its own timeout), which to the user is glusterd not answering.
    static GlusterFailure timedOut(const QString &command);

    Kind kind() const { return m_kind; }
    bool isFailure() const { return m_kind != Kind::None; }
    // Worth asking again after a pause: the daemon is busy, not broken.
    bool isRetryable() const;
    // Translated, plain words; includes gluster's own message where it helps.
    QString message() const { return m_message; }
    // gluster's own words (opErrstr or the first line of plain text), untranslated.
    QString detail() const { return m_detail; }
    int opErrno() const { return m_opErrno; }

    // A stable, untranslated name of the kind, for JSON and logs ("daemon-unreachable", ...).
    static QString kindName(Kind kind);

private:
    GlusterFailure(Kind kind, QString message, QString detail, int opErrno = 0);

    Kind m_kind = Kind::None;
    QString m_message;
    QString m_detail;
    int m_opErrno = 0;
};

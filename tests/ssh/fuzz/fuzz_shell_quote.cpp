// Fuzz target: ShellQuote::quote(), the product's one quoting function, on any value. What can
// go wrong is a value that the shell reads back differently (an expansion, a split, a glob, a
// quote that ends early, bytes changed by an encoding) or a character left bare that means
// something to a shell. So, for every input:
//  - the word holds no NUL, and outside single quotes only the plain characters
//    [A-Za-z0-9_-./:@%+,] and \' pieces; read back by the POSIX rules for those, it is the
//    value (NULs dropped, as quote() documents);
//  - a plain value stays as it is, anything else is quoted;
// and for a sample of inputs (the first ones, then every 64th) a real `sh -c` and `bash -c` print
// the word back with printf, byte for byte: the shells are the judge of the rules above.
#include "FuzzInput.h"

#include "ShellWords.h"

#include <algorithm>
#include <cerrno>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace {
bool isPlain(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           QStringLiteral("_-./:@%+,").contains(c);
}

// The value a shell gives the word, by the rules the word may use; false if it uses others.
bool readBack(const QString &word, QString *value)
{
    value->clear();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c == QLatin1Char('\'')) {
            const qsizetype close = word.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return false;
            *value += word.mid(i + 1, close - i - 1);
            i = close;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= word.size() || word.at(i + 1) != QLatin1Char('\''))
                return false;
            *value += QLatin1Char('\'');
            ++i;
        } else if (isPlain(c)) {
            *value += c;
        } else {
            return false;
        }
    }
    return true;
}

// What `shell -c script` prints on stdout. Reads and the wait are retried when a signal
// interrupts them (libFuzzer's timeout alarm does), so a signal never shortens the output.
std::string printedBy(const char *shell, const QByteArray &script)
{
    int out[2];
    fuzzRequire(::pipe(out) == 0);
    const pid_t child = ::fork();
    fuzzRequire(child >= 0);
    if (child == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::close(out[1]);
        ::execlp(shell, shell, "-c", script.constData(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(out[1]);
    std::string printed;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n > 0)
            printed.append(buffer, size_t(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    ::close(out[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0)
        fuzzRequire(errno == EINTR);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return "<shell failed>";
    return printed;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static unsigned long inputs = 0;
    QString value = QString::fromUtf8(fuzzInput(data, size));
    const QString word = ShellQuote::quote(value);
    value.remove(QChar(0));

    fuzzRequire(!word.contains(QChar(0)));
    QString read;
    fuzzRequire(readBack(word, &read));
    fuzzRequire(read == value);
    const bool plain = !value.isEmpty() && std::all_of(value.begin(), value.end(), isPlain);
    fuzzRequire((word == value) == plain);

    if (inputs++ < 32 || inputs % 64 == 0) {
        const QByteArray script = "printf '%s' " + word.toUtf8();
        const std::string expected = value.toUtf8().toStdString();
        fuzzRequire(printedBy("sh", script) == expected);
        fuzzRequire(printedBy("bash", script) == expected);
    }
    return 0;
}

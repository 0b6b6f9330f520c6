// The main() of a fuzz target when it is not built with libFuzzer (the normal gcc build): runs
// the target's LLVMFuzzerTestOneInput over its seed corpus, then over a bounded number of
// deterministic mutations of the seeds (a seeded PRNG: the same inputs on every run, so a
// failure repeats). No coverage feedback: this is the short run of the normal test run; the
// libFuzzer build (clang, GHW_BUILD_FUZZERS=ON) explores for real.
//
//   fuzz_NAME [--runs N] [--seed S] [--max-len BYTES] [--dict FILE] SEED_FILE_OR_DIR...
//
// A target reports a broken invariant by aborting; a crash of any kind leaves the input that
// caused it in ./crash-NAME (written from the signal handler) and ends the run abnormally, so
// ctest fails. Exit status 2 for bad usage or no seed at all.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
using Bytes = std::vector<uint8_t>;

// What the signal handler writes out: the input being run, and where to.
const uint8_t *g_current = nullptr;
size_t g_currentSize = 0;
char g_crashPath[256] = "crash-input";

extern "C" void onFatalSignal(int signalNumber)
{
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        if (g_current && g_currentSize > 0)
            (void)!::write(fd, g_current, g_currentSize);
        ::close(fd);
    }
    const char message[] = "fuzz driver: the target crashed; the input is in ";
    (void)!::write(STDERR_FILENO, message, sizeof message - 1);
    (void)!::write(STDERR_FILENO, g_crashPath, std::strlen(g_crashPath));
    (void)!::write(STDERR_FILENO, "\n", 1);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

void runOne(const Bytes &input)
{
    g_current = input.data();
    g_currentSize = input.size();
    LLVMFuzzerTestOneInput(input.data(), input.size());
    g_current = nullptr;
    g_currentSize = 0;
}

bool readFile(const std::filesystem::path &path, Bytes *bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

// libFuzzer's dictionary format: one "token" per line (optionally name="token"), with \\, \"
// and \xNN escapes; # comments.
std::vector<Bytes> readDictionary(const std::string &path)
{
    std::vector<Bytes> tokens;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const size_t open = line.find('"');
        const size_t close = line.rfind('"');
        if (line.empty() || line[0] == '#' || open == std::string::npos || close <= open)
            continue;
        Bytes token;
        for (size_t i = open + 1; i < close; ++i) {
            if (line[i] == '\\' && i + 1 < close) {
                if (line[i + 1] == 'x' && i + 3 < close) {
                    token.push_back(uint8_t(std::stoi(line.substr(i + 2, 2), nullptr, 16)));
                    i += 3;
                } else {
                    token.push_back(uint8_t(line[++i]));
                }
            } else {
                token.push_back(uint8_t(line[i]));
            }
        }
        if (!token.empty())
            tokens.push_back(token);
    }
    return tokens;
}

class Mutator
{
public:
    Mutator(uint32_t seed, size_t maxLength, const std::vector<Bytes> &corpus,
            const std::vector<Bytes> &dictionary)
        : m_random(seed)
        , m_maxLength(maxLength)
        , m_corpus(corpus)
        , m_dictionary(dictionary)
    {}

    // One to four mutations stacked on a copy of a corpus entry.
    Bytes next()
    {
        Bytes data = m_corpus[below(m_corpus.size())];
        const size_t count = 1 + below(4);
        for (size_t i = 0; i < count; ++i)
            mutate(&data);
        if (data.size() > m_maxLength)
            data.resize(m_maxLength);
        return data;
    }

private:
    size_t below(size_t bound) { return bound == 0 ? 0 : size_t(m_random() % bound); }

    void mutate(Bytes *data)
    {
        static const uint8_t interesting[] = {0,   1,   0x7f, 0x80, 0xff, '\n', '\r', '\t', ' ',
                                              '<', '>', '/',  '"',  '\'', '\\', '&',  ';',  '=',
                                              ':', '[', ']',  '@',  '|',  '#',  '-',  '0',  '9'};
        const size_t position = below(data->size() + 1);
        switch (below(data->empty() ? 3 : 9)) {
        case 0: // insert random bytes
            for (size_t n = 1 + below(8); n > 0; --n)
                data->insert(data->begin() + position, uint8_t(m_random()));
            break;
        case 1: // insert a dictionary token, or a byte that means something to parsers
            if (!m_dictionary.empty()) {
                const Bytes &token = m_dictionary[below(m_dictionary.size())];
                data->insert(data->begin() + position, token.begin(), token.end());
            } else {
                data->insert(data->begin() + position, interesting[below(sizeof interesting)]);
            }
            break;
        case 2: // splice: a piece of another corpus entry
        {
            const Bytes &other = m_corpus[below(m_corpus.size())];
            if (other.empty())
                break;
            const size_t from = below(other.size());
            const size_t length = 1 + below(std::min<size_t>(other.size() - from, 256));
            data->insert(data->begin() + position, other.begin() + from,
                         other.begin() + from + length);
            break;
        }
        case 3: // flip one bit
            (*data)[below(data->size())] ^= uint8_t(1u << below(8));
            break;
        case 4: // overwrite a byte with an interesting one
            (*data)[below(data->size())] = interesting[below(sizeof interesting)];
            break;
        case 5: // erase a range
        {
            const size_t from = below(data->size());
            const size_t length = 1 + below(std::min<size_t>(data->size() - from, 64));
            data->erase(data->begin() + from, data->begin() + from + length);
            break;
        }
        case 6: // duplicate a range
        {
            const size_t from = below(data->size());
            const size_t length = 1 + below(std::min<size_t>(data->size() - from, 64));
            const Bytes piece(data->begin() + from, data->begin() + from + length);
            data->insert(data->begin() + position, piece.begin(), piece.end());
            break;
        }
        case 7: // cut the input short (truncated output of a remote command)
            data->resize(below(data->size()));
            break;
        default: // replace a digit run's first digit (counts, ports, lengths)
        {
            const size_t at = below(data->size());
            (*data)[at] = uint8_t('0' + below(10));
            break;
        }
        }
    }

    std::mt19937 m_random;
    size_t m_maxLength;
    const std::vector<Bytes> &m_corpus;
    const std::vector<Bytes> &m_dictionary;
};

int usage(const char *program)
{
    std::fprintf(stderr,
                 "usage: %s [--runs N] [--seed S] [--max-len BYTES] [--dict FILE] "
                 "SEED_FILE_OR_DIR...\n",
                 program);
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    unsigned long runs = 2000;
    uint32_t seed = 1;
    size_t maxLength = 65536;
    std::string dictionaryPath;
    std::vector<std::filesystem::path> seedPaths;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const bool hasValue = i + 1 < argc;
        if (argument == "--runs" && hasValue)
            runs = std::strtoul(argv[++i], nullptr, 10);
        else if (argument == "--seed" && hasValue)
            seed = uint32_t(std::strtoul(argv[++i], nullptr, 10));
        else if (argument == "--max-len" && hasValue)
            maxLength = std::strtoul(argv[++i], nullptr, 10);
        else if (argument == "--dict" && hasValue)
            dictionaryPath = argv[++i];
        else if (argument.rfind("--", 0) == 0)
            return usage(argv[0]);
        else
            seedPaths.emplace_back(argument);
    }

    std::vector<std::filesystem::path> files;
    for (const auto &path : seedPaths) {
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            }
        } else {
            files.push_back(path);
        }
    }
    std::sort(files.begin(), files.end()); // the same order, so the same mutations, every run
    std::vector<Bytes> corpus;
    for (const auto &file : files) {
        Bytes bytes;
        if (!readFile(file, &bytes)) {
            std::fprintf(stderr, "cannot read seed %s\n", file.c_str());
            return 2;
        }
        corpus.push_back(std::move(bytes));
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "no seed input: a fuzz run without seeds tests nothing\n");
        return usage(argv[0]);
    }
    const std::vector<Bytes> dictionary =
        dictionaryPath.empty() ? std::vector<Bytes>() : readDictionary(dictionaryPath);

    const std::string name = std::filesystem::path(argv[0]).filename().string();
    std::snprintf(g_crashPath, sizeof g_crashPath, "crash-%s", name.c_str());
    for (const int signalNumber : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signalNumber, onFatalSignal);

    runOne(Bytes()); // the empty input
    for (const Bytes &input : corpus)
        runOne(input);
    Mutator mutator(seed, maxLength, corpus, dictionary);
    for (unsigned long i = 0; i < runs; ++i)
        runOne(mutator.next());
    std::printf("%s: %zu seed inputs and %lu mutations (seed %u, %zu dictionary tokens): no "
                "crash, every invariant held\n",
                name.c_str(), corpus.size(), runs, seed, dictionary.size());
    return 0;
}

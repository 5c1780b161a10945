#pragma once

#include <csignal>
#include <sys/resource.h>

// While it lives, no file this process writes can grow past a few bytes: writes fail with EFBIG
// as they fail with ENOSPC on a full disk, and SIGXFSZ is ignored so the failure reaches the code
// under test instead of ending the process. (A real full tmpfs needs root to mount.)
class DiskFullForThisProcess
{
public:
    explicit DiskFullForThisProcess(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_previous);
        const rlimit limit{bytes, m_previous.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~DiskFullForThisProcess()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    DiskFullForThisProcess(const DiskFullForThisProcess &) = delete;
    DiskFullForThisProcess &operator=(const DiskFullForThisProcess &) = delete;

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
};

#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace certmend {

/// Calls fn(i) for every i in [0, count) on up to `threads` threads (0 = all cores); returns when all are done.
/// Small workloads stay on the calling thread: starting a thread costs more than parsing a few certificates.
template <typename Fn> void parallelFor(int count, int threads, Fn&& fn)
{
    constexpr int Chunk = 16;
    if (threads <= 0)
        threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    threads = std::min(threads, (count + 2 * Chunk - 1) / (2 * Chunk));
    if (threads <= 1) {
        for (int i = 0; i < count; ++i)
            fn(i);
        return;
    }
    std::atomic<int> next{0};
    auto worker = [&] {
        for (;;) {
            const int begin = next.fetch_add(Chunk, std::memory_order_relaxed);
            if (begin >= count)
                return;
            const int end = std::min(begin + Chunk, count);
            for (int i = begin; i < end; ++i)
                fn(i);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& thread : pool)
        thread.join();
}

} // namespace certmend

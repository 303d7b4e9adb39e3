// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <vector>

// The middle sample (the mean of the middle two for an even count): what
// the benchmarks report, so that one slow run on a busy machine counts for
// little.
inline double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

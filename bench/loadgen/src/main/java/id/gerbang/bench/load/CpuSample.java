package id.gerbang.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time at one instant, read from {@code /proc}: the server process (utime + stime of
 * {@code /proc/<pid>/stat}), every process named {@code postgres} (the database server is shared
 * with other work on the machine, so this is an upper bound for the benchmark's share), this
 * generator, and the whole machine (busy time of {@code /proc/stat}). Ticks are converted with
 * {@code clkTck} (100 on Linux unless the kernel says otherwise: {@code getconf CLK_TCK}).
 */
record CpuSample(long nanos, double serverSeconds, double postgresSeconds, double generatorSeconds,
        double machineBusySeconds) {

    static CpuSample take(long serverPid, double clkTck) {
        return new CpuSample(System.nanoTime(), serverPid > 0 ? processSeconds(serverPid, clkTck) : Double.NaN,
                postgresSeconds(clkTck), ownCpuSeconds(), machineBusySeconds(clkTck));
    }

    static double processSeconds(long pid, double clkTck) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) / clkTck;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** utime + stime: fields 14 and 15, counted after the command name in parentheses. */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static double postgresSeconds(double clkTck) {
        long ticks = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path p : procs) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        ticks += ticks(stat);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / clkTck;
    }

    private static double ownCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** user + nice + system + irq + softirq + steal of the first line of /proc/stat. */
    private static double machineBusySeconds(double clkTck) {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = first.trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + (f.length > 8 ? Long.parseLong(f[8]) : 0);
            return busy / clkTck;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}

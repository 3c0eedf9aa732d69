package id.gerbang.registry.internal.generator;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.gerbang.common.JobLock;
import id.gerbang.common.Messages;
import id.gerbang.reference.RegionCode;
import id.gerbang.registry.internal.DemoProperties;
import id.gerbang.registry.internal.ResidentBulkWriter.WriteMode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoPopulationTests {

    final PopulationGeneration generation = mock(PopulationGeneration.class);
    final Messages messages = mock(Messages.class);
    final JobLock lock = mock(JobLock.class);

    DemoPopulation demo(boolean enabled) {
        when(lock.claimLease(eq(DemoPopulation.JOB), any())).thenReturn(true);
        return new DemoPopulation(new DemoProperties(enabled, 50_000, 20201201, "32"), generation, messages, lock);
    }

    @Test
    void generatesTheConfiguredPopulationIntoAnEmptyRegister() {
        when(generation.isEmpty()).thenReturn(true);
        when(generation.generate(anyLong(), any(), anyLong(), any(), any()))
                .thenReturn(new PopulationGeneration.Result(50_000, 15_000, WriteMode.INSERT, "Jawa Barat", 1_000_000_000L));

        demo(true).run(new DefaultApplicationArguments());

        verify(generation).generate(eq(50_000L), eq(RegionCode.parse("32")), eq(20201201L), isNull(), any());
        verify(lock).release(DemoPopulation.JOB);
    }

    @Test
    void aNodeStartingWhileAnotherGeneratesGoesOnWithout() {
        // issue 20: two nodes on one empty database; the other node holds the claim
        when(generation.isEmpty()).thenReturn(true);
        DemoPopulation demo = demo(true);
        when(lock.claimLease(eq(DemoPopulation.JOB), any())).thenReturn(false);
        demo.run(new DefaultApplicationArguments());
        verify(generation, never()).generate(anyLong(), any(), anyLong(), any(), any());
    }

    @Test
    void leavesARegisterWithResidentsAlone() {
        when(generation.isEmpty()).thenReturn(false);
        demo(true).run(new DefaultApplicationArguments());
        verify(generation, never()).generate(anyLong(), any(), anyLong(), any(), any());
    }

    @Test
    void doesNothingWhenDisabled() {
        // (when a command runs, the bean does not exist: @ConditionalOnServer, CommandRunnerTests)
        when(generation.isEmpty()).thenReturn(true);
        demo(false).run(new DefaultApplicationArguments());
        verify(generation, never()).generate(anyLong(), any(), anyLong(), any(), any());
    }
}

package no.trendspor.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The providers of a service interface present at run time, in a stable order (by class name). */
public final class Providers {

    private Providers() {
    }

    /**
     * Every provider of {@code service} that {@link ServiceLoader} finds.
     *
     * @param service the service interface
     * @param <S>     its type
     * @return the providers, sorted by class name so the choice never depends on class-path order
     */
    public static <S> List<S> of(Class<S> service) {
        List<S> found = new ArrayList<>();
        ServiceLoader.load(service, Providers.class.getClassLoader()).forEach(found::add);
        if (found.isEmpty() && Thread.currentThread().getContextClassLoader() != null
                && Thread.currentThread().getContextClassLoader() != Providers.class.getClassLoader()) {
            ServiceLoader.load(service).forEach(found::add);
        }
        found.sort(Comparator.comparing(p -> p.getClass().getName()));
        return List.copyOf(found);
    }
}

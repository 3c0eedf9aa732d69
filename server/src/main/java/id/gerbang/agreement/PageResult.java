package id.gerbang.agreement;

import java.util.List;

/** One page of a longer list; {@code page} counts from 0. */
public record PageResult<T>(List<T> items, int page, int size, long totalElements) {

    public PageResult {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }
}

package dev.fkguard.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tarjan's strongly connected components, without recursion: a schema of thousands of tables in one long chain
 * would overflow the call stack of a recursive version.
 */
final class StronglyConnectedComponents {

    private StronglyConnectedComponents() {
    }

    /**
     * The components of the graph, each a list of nodes. Nodes are visited in the order given and successors in the
     * order {@code successors} returns them, so the result is the same on every run for the same input.
     */
    static <N> List<List<N>> of(List<N> nodes, Function<N, List<N>> successors) {
        Map<N, Integer> index = new HashMap<>();
        Map<N, Integer> lowLink = new HashMap<>();
        Map<N, Boolean> onStack = new HashMap<>();
        Deque<N> stack = new ArrayDeque<>();
        List<List<N>> components = new ArrayList<>();
        int counter = 0;

        for (N start : nodes) {
            if (index.containsKey(start)) {
                continue;
            }
            // Each frame is a node and how many of its successors have been looked at.
            Deque<Frame<N>> frames = new ArrayDeque<>();
            index.put(start, counter);
            lowLink.put(start, counter);
            counter++;
            stack.push(start);
            onStack.put(start, true);
            frames.push(new Frame<>(start, successors.apply(start)));
            while (!frames.isEmpty()) {
                Frame<N> frame = frames.peek();
                if (frame.next < frame.successors.size()) {
                    N successor = frame.successors.get(frame.next++);
                    if (!index.containsKey(successor)) {
                        index.put(successor, counter);
                        lowLink.put(successor, counter);
                        counter++;
                        stack.push(successor);
                        onStack.put(successor, true);
                        frames.push(new Frame<>(successor, successors.apply(successor)));
                    } else if (onStack.getOrDefault(successor, false)) {
                        lowLink.put(frame.node, Math.min(lowLink.get(frame.node), index.get(successor)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    N parent = frames.peek().node;
                    lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(frame.node)));
                }
                if (lowLink.get(frame.node).equals(index.get(frame.node))) {
                    List<N> component = new ArrayList<>();
                    N member;
                    do {
                        member = stack.pop();
                        onStack.put(member, false);
                        component.add(member);
                    } while (!member.equals(frame.node));
                    components.add(component);
                }
            }
        }
        return components;
    }

    private static final class Frame<N> {
        private final N node;
        private final List<N> successors;
        private int next;

        private Frame(N node, List<N> successors) {
            this.node = node;
            this.successors = successors;
        }
    }
}

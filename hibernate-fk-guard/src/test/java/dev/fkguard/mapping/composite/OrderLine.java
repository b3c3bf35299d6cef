package dev.fkguard.mapping.composite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "order_lines")
@IdClass(OrderLine.Key.class)
public class OrderLine {
    @Id
    @Column(name = "order_id")
    Long orderId;

    @Id
    @Column(name = "line_no")
    Integer lineNo;

    public record Key(Long orderId, Integer lineNo) implements Serializable {
    }
}

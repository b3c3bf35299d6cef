package dev.fkguard.mapping.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "card_payments")
@PrimaryKeyJoinColumn(name = "payment_id")
@OnDelete(action = OnDeleteAction.CASCADE)
public class CardPayment extends Payment {
    String cardNumber;
}
